/**
 * Checks a diagram with Mermaid's own grammar, because beautiful-mermaid
 * skips statements it cannot read instead of failing.
 */
export interface MermaidSyntaxError {
  message: string;
}

export async function findMermaidSyntaxError(source: string): Promise<MermaidSyntaxError | null> {
  const {default: mermaid} = await import('mermaid');
  try {
    await mermaid.parse(source);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Only grammar errors count; diagram types whose parser needs a DOM are checked in the browser.
    if (/Parse error|Lexical error|Syntax error|No diagram type detected/i.test(message)) {
      return {message};
    }
    return null;
  }
}
