/**
 * `::tool-heading{tool="lora-calculator"}` on a tool's page becomes that tool's section heading, text and id taken
 * from src/data/tools.ts: `## LoRA memory calculator {#lora-memory-calculator}`. It runs before Docusaurus's own
 * remark plugins, so the heading gets its id, its anchor link and its place in the table of contents like any other.
 * An unknown tool, or one without a section, fails the build.
 */
import path from 'node:path';
import {courseTools, type CourseTool} from '../../data/tools';

interface DirectiveNode {
  type: string;
  name?: string;
  depth?: number;
  value?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: DirectiveNode[];
  position?: {start: {line: number}};
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

/** The Markdown heading a tool's page shows for it. */
export function toolHeadingText(tool: CourseTool): string {
  if (!tool.section) throw new Error(`The tool "${tool.id}" is a whole page: it has no section heading`);
  return `${tool.section.heading} {#${tool.section.id}}`;
}

function replaceToolHeadings(node: DirectiveNode, where: string, tools: readonly CourseTool[]): void {
  node.children?.forEach((child, index) => {
    if (child.type === 'leafDirective' && child.name === 'tool-heading') {
      const id = child.attributes?.tool ?? '';
      const tool = tools.find((candidate) => candidate.id === id);
      if (!tool?.section) {
        throw new Error(
          `${where}:${child.position?.start.line ?? '?'}: ::tool-heading names "${id}", which is no tool with a section in src/data/tools.ts ` +
            `(${tools.filter((t) => t.section).map((t) => t.id).join(', ')})`,
        );
      }
      node.children![index] = {type: 'heading', depth: 2, children: [{type: 'text', value: toolHeadingText(tool)}]};
    } else if (child.children) {
      replaceToolHeadings(child, where, tools);
    }
  });
}

export default function remarkToolHeadings({tools = courseTools}: {tools?: readonly CourseTool[]} = {}) {
  return (tree: DirectiveNode, file: VFileLike): void => {
    const where = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : '<unknown file>';
    replaceToolHeadings(tree, where, tools);
  };
}
