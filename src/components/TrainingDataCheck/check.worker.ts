/**
 * The checking worker: reads the file as a stream, tokenizes with GPT-4o's
 * tokenizer and posts progress, so the page stays responsive. Cancel
 * terminates the worker; nothing here needs to clean up.
 */
import {checkStream} from './checkStream';
import {gpt4oTokens} from './gpt4oTokens';
import type {CheckReply, CheckRequest} from './workerProtocol';

const PROGRESS_EVERY_MS = 100;

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const {source, format} = event.data;
  let lastPost = 0;
  try {
    const outcome = await checkStream(source.stream(), {
      format,
      counter: gpt4oTokens,
      totalBytes: source.size,
      onProgress(progress) {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = now;
        scope.postMessage({type: 'progress', progress});
      },
    });
    // The two per-example columns move to the page instead of being copied.
    const transfer = outcome.kind === 'checked' ? [outcome.summary.tokensPerExample.buffer, outcome.summary.exampleLines.buffer] : [];
    scope.postMessage({type: 'done', outcome}, transfer);
  } catch (error) {
    scope.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
  }
};
