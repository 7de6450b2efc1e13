/**
 * Token counts with the GPT-4o tokenizer (o200k_base, from gpt-tokenizer,
 * which ships the vocabulary and runs offline). Only the worker imports this
 * file, so the 2 MB vocabulary never loads with the page.
 */
import {countTokens} from 'gpt-tokenizer/model/gpt-4o';
import type {TokenCounter} from './tokenCounter';

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
