import {useCallback, useEffect, useRef, useState} from 'react';
import type {FormatChoice} from './checkLine';
import type {CheckProgress, FileRefusal} from './checkStream';
import type {DatasetSummary} from './datasetSummary';
import type {CheckReply, CheckRequest} from './workerProtocol';

export type CheckState =
  | {phase: 'idle'}
  | {phase: 'checking'; name: string; progress: CheckProgress}
  | {phase: 'cancelled'; name: string}
  | {phase: 'refused'; name: string; refusal: FileRefusal}
  | {phase: 'failed'; name: string; message: string}
  | {phase: 'done'; name: string; summary: DatasetSummary; seconds: number};

/** Runs one check at a time in a Web Worker; starting a new one or cancelling ends the old worker. */
export function useCheckWorker() {
  const [state, setState] = useState<CheckState>({phase: 'idle'});
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (source: Blob, name: string, format: FormatChoice) => {
      stop();
      const started = performance.now();
      setState({phase: 'checking', name, progress: {bytesRead: 0, totalBytes: source.size, lines: 0}});
      let current: Worker;
      try {
        current = new Worker(new URL('./check.worker.ts', import.meta.url));
      } catch (error) {
        setState({phase: 'failed', name, message: `The browser would not start the checker (${error instanceof Error ? error.message : 'no reason given'}).`});
        return;
      }
      worker.current = current;
      current.onmessage = (event: MessageEvent<CheckReply>) => {
        if (worker.current !== current) return;
        const reply = event.data;
        if (reply.type === 'progress') {
          setState({phase: 'checking', name, progress: reply.progress});
          return;
        }
        stop();
        if (reply.type === 'failed') setState({phase: 'failed', name, message: reply.message});
        else if (reply.outcome.kind === 'refused') setState({phase: 'refused', name, refusal: reply.outcome.refusal});
        else setState({phase: 'done', name, summary: reply.outcome.summary, seconds: (performance.now() - started) / 1000});
      };
      current.onerror = (event) => {
        if (worker.current !== current) return;
        stop();
        setState({phase: 'failed', name, message: event.message || 'The checker stopped unexpectedly.'});
      };
      const request: CheckRequest = {source, format};
      current.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((previous) => (previous.phase === 'checking' ? {phase: 'cancelled', name: previous.name} : previous));
  }, [stop]);

  return {state, start, cancel};
}
