import {describe, expect, it} from 'vitest';
import {DEFAULT_RUN_PLANNING, parseRunPlanningKeys} from '../runPlanningKeys';

describe('the run-planning keys (issue 18’s names, read by the plan until the calculator reads them)', () => {
  it('reads each key in range', () => {
    expect(parseRunPlanningKeys('tokens=2e7&epochs=3&gpus=8&strategy=zero3&offload=optimizer&price=2.99&objective=dpo')).toEqual({
      settings: {tokensPerEpoch: 20_000_000, epochs: 3, gpus: 8, strategy: 'zero3', offload: 'optimizer', usdPerGpuHour: 2.99, objective: 'dpo'},
      messages: [],
    });
    expect(parseRunPlanningKeys('').settings).toEqual(DEFAULT_RUN_PLANNING);
  });

  it('clamps or leaves out what it cannot use, naming the key and never the value', () => {
    const {settings, messages} = parseRunPlanningKeys('tokens=abc&epochs=0&gpus=5000&strategy=<b>&offload=GPU&price=Infinity&objective=ppo');
    expect(settings).toEqual({...DEFAULT_RUN_PLANNING, epochs: 1, gpus: 1_024});
    expect(messages).toEqual([
      'run.tokens: not a number; left out.',
      'run.epochs: outside 1–100; using 1.',
      'run.gpus: outside 1–1,024; using 1,024.',
      'run.price: not a number; left out.',
      'run.strategy: not one of ddp, zero2, zero3; left out.',
      'run.offload: not one of none, optimizer, all; left out.',
      'run.objective: not one of sft, dpo; left out.',
    ]);
  });
});
