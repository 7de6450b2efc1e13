/**
 * The rater's worker: reads the evaluation file as a stream and parses every line off the page's main thread, then
 * keeps the prompts to check their responses against a JSON Schema on request. The JSON Schema validator loads only
 * when a schema is checked.
 */
import {readEvaluationStream} from './readEvaluationFile';
import type {EvaluationPrompt} from './evaluationFile';
import type {WorkerReply, WorkerRequest} from './workerProtocol';

const PROGRESS_EVERY_MS = 100;

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;
let prompts: EvaluationPrompt[] = [];

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      let lastPost = 0;
      const outcome = await readEvaluationStream(request.source.stream(), (bytesRead, lines) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = now;
        scope.postMessage({type: 'progress', bytesRead, totalBytes: request.source.size, lines});
      });
      if (outcome.kind === 'refused') {
        scope.postMessage({type: 'refused', refusal: outcome.refusal});
        return;
      }
      prompts = outcome.file.prompts;
      scope.postMessage({type: 'read', file: outcome.file});
    } else {
      const {checkFormatCompliance} = await import('./formatCompliance');
      scope.postMessage({type: 'format', outcome: checkFormatCompliance(prompts, request.schemaText)});
    }
  } catch (error) {
    scope.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
  }
};
