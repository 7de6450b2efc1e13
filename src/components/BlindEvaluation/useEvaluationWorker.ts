import {useCallback, useEffect, useRef, useState} from 'react';
import type {FileRefusal} from '@site/src/components/TrainingDataCheck/checkStream';
import type {ComplianceOutcome} from './formatCompliance';
import type {EvaluationFile} from './readEvaluationFile';
import type {WorkerReply, WorkerRequest} from './workerProtocol';

export type FileState =
  | {phase: 'idle'}
  | {phase: 'reading'; name: string; bytesRead: number; totalBytes: number; lines: number}
  | {phase: 'refused'; name: string; refusal: FileRefusal}
  | {phase: 'failed'; name: string; message: string}
  | {phase: 'read'; name: string; file: EvaluationFile};

export type FormatState = {phase: 'none'} | {phase: 'checking'} | {phase: 'done'; outcome: ComplianceOutcome} | {phase: 'failed'; message: string};

/** One worker per loaded file: it reads the file, then answers format checks on it. A new file ends the old worker. */
export function useEvaluationWorker() {
  const [fileState, setFileState] = useState<FileState>({phase: 'idle'});
  const [formatState, setFormatState] = useState<FormatState>({phase: 'none'});
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const read = useCallback(
    (source: Blob, name: string) => {
      stop();
      setFormatState({phase: 'none'});
      setFileState({phase: 'reading', name, bytesRead: 0, totalBytes: source.size, lines: 0});
      let current: Worker;
      try {
        current = new Worker(new URL('./evaluation.worker.ts', import.meta.url));
      } catch (error) {
        setFileState({phase: 'failed', name, message: `the browser would not start the reader (${error instanceof Error ? error.message : 'no reason given'})`});
        return;
      }
      worker.current = current;
      current.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (worker.current !== current) return;
        const reply = event.data;
        switch (reply.type) {
          case 'progress':
            setFileState({phase: 'reading', name, bytesRead: reply.bytesRead, totalBytes: reply.totalBytes, lines: reply.lines});
            break;
          case 'read':
            setFileState({phase: 'read', name, file: reply.file});
            break;
          case 'refused':
            stop();
            setFileState({phase: 'refused', name, refusal: reply.refusal});
            break;
          case 'format':
            setFormatState({phase: 'done', outcome: reply.outcome});
            break;
          case 'failed':
            setFileState((previous) => (previous.phase === 'read' ? previous : {phase: 'failed', name, message: reply.message}));
            setFormatState((previous) => (previous.phase === 'checking' ? {phase: 'failed', message: reply.message} : previous));
            break;
        }
      };
      current.onerror = (event) => {
        if (worker.current !== current) return;
        stop();
        setFileState((previous) => (previous.phase === 'read' ? previous : {phase: 'failed', name, message: event.message || 'the reader stopped unexpectedly'}));
        setFormatState((previous) => (previous.phase === 'checking' ? {phase: 'failed', message: 'the checker stopped unexpectedly'} : previous));
      };
      const request: WorkerRequest = {type: 'read', source};
      current.postMessage(request);
    },
    [stop],
  );

  const checkFormat = useCallback((schemaText: string) => {
    if (!worker.current) return;
    setFormatState({phase: 'checking'});
    const request: WorkerRequest = {type: 'check-format', schemaText};
    worker.current.postMessage(request);
  }, []);

  const clearFormat = useCallback(() => setFormatState({phase: 'none'}), []);

  return {fileState, formatState, read, checkFormat, clearFormat};
}
