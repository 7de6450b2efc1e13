/**
 * Diagram sources produced from typed data rather than typed into a page.
 * A ```mermaid block with generated="key" is drawn from the entry here.
 */
export const generatedDiagrams: Record<string, string> = {};
