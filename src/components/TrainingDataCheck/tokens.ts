/**
 * Token counts with the GPT-4o tokenizer (o200k_base, from gpt-tokenizer,
 * which ships the vocabulary and runs offline). Only the worker imports this
 * file, so the 2 MB vocabulary never loads with the page.
 */
import {countTokens} from 'gpt-tokenizer/model/gpt-4o';
import type {ChatTurn} from './checkLine';

/** What the checker needs from a tokenizer; the tests can pass a fake one. */
export interface TokenCounter {
  /** Tokens in a piece of plain text. */
  text(text: string): number;
  /** Tokens a chat message adds around its content (start, role, separator, end). */
  messageFraming(roleOrName: string): number;
  /** Tokens the chat format adds once per conversation. */
  readonly conversationFraming: number;
}

// Text that happens to spell a special token ("<|endoftext|>") is counted as plain text, as a trainer reads it.
const asPlainText = {disallowedSpecial: new Set<string>()};

const framing = new Map<string, number>();

export const gpt4oTokens: TokenCounter = {
  text: (text) => (text.length === 0 ? 0 : countTokens(text, asPlainText)),
  messageFraming(roleOrName) {
    let tokens = framing.get(roleOrName);
    if (tokens === undefined) {
      tokens = countTokens([{role: 'system', name: roleOrName, content: ''}], asPlainText) - countTokens([], asPlainText);
      if (framing.size < 100) framing.set(roleOrName, tokens);
    }
    return tokens;
  },
  conversationFraming: countTokens([], asPlainText),
};

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
