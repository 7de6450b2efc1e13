import type {ChatTurn} from './checkLine';

/** What the checker needs from a tokenizer: the worker passes GPT-4o's (gpt4oTokens.ts), the tests may pass a fake one. */
export interface TokenCounter {
  /** Tokens in a piece of plain text. */
  text(text: string): number;
  /** Tokens a chat message adds around its content (start, role, separator, end). */
  messageFraming(roleOrName: string): number;
  /** Tokens the chat format adds once per conversation. */
  readonly conversationFraming: number;
}

/**
 * Tokens in one chat example as gpt-tokenizer's countTokens counts a GPT-4o
 * conversation: the framing once, then each message's framing and content.
 * `contentTokens[i]` is turn i's content, counted once by the caller.
 */
export function chatTokens(turns: readonly ChatTurn[], contentTokens: readonly number[], counter: TokenCounter): number {
  let total = counter.conversationFraming;
  turns.forEach((turn, i) => {
    total += counter.messageFraming(turn.name ?? turn.role) + contentTokens[i];
  });
  return total;
}
