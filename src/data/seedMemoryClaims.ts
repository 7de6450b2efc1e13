/**
 * The module's own memory figures, as data: the T1.3 "Comparison | LoRA |
 * QLoRA" table and the T1.4 arithmetic block. The prose table
 * (SeedQloraComparisonTable) and the LoRA memory calculator both read them,
 * so the page shows one set of figures. All of them count weights only.
 */

/** The three ways of training the calculator compares. */
export type SeedMethod = 'full' | 'lora' | 'qlora';

/** Model sizes the module quotes figures for, in billions of parameters. */
export type SeedModelSize = 7 | 70;

export interface SeedWeightsFigure {
  method: SeedMethod;
  modelBillions: SeedModelSize;
  /** The module's figure in GB, weights only. */
  gb: number;
  /** True where the module writes "~" before the figure. */
  approximate: boolean;
  /** Where in the module the figure stands. */
  where: string;
}

export const seedWeightsFigures: readonly SeedWeightsFigure[] = [
  {method: 'lora', modelBillions: 7, gb: 14, approximate: true, where: 'T1.3 QLoRA comparison table'},
  {method: 'qlora', modelBillions: 7, gb: 4, approximate: true, where: 'T1.3 QLoRA comparison table'},
  {method: 'lora', modelBillions: 70, gb: 140, approximate: true, where: 'T1.3 QLoRA comparison table and T1.4'},
  {method: 'qlora', modelBillions: 70, gb: 35, approximate: true, where: 'T1.3 QLoRA comparison table and T1.4'},
  {method: 'full', modelBillions: 70, gb: 140, approximate: false, where: 'T1.4 "Why LoRA changed everything"'},
];

/** How the module counts: parameters × bytes, nothing else (T1.4). */
export const seedCounting = {
  /** "70B × 2 bytes (FP16)" */
  bytes16bit: 2,
  /** "70B in 4-bit" */
  bytes4bit: 0.5,
  /** "0.1B trained = ~200 MB" */
  trainedBytes: 2,
} as const;

/**
 * The module's figures are shown beside the calculator's when the model is
 * within this share of 7B or 70B: Llama 2 7B, Mistral 7B and Qwen2.5 7B count
 * as "7B"; Llama 3.1 8B (8.03B) does not.
 */
export const seedModelSizeTolerance = 0.12;

/** The seed's figure for one method and model size, if it quotes one. */
export function seedWeightsFigure(method: SeedMethod, modelBillions: SeedModelSize): SeedWeightsFigure | undefined {
  return seedWeightsFigures.find((figure) => figure.method === method && figure.modelBillions === modelBillions);
}

function requiredFigure(method: SeedMethod, modelBillions: SeedModelSize): SeedWeightsFigure {
  const figure = seedWeightsFigure(method, modelBillions);
  if (!figure) throw new Error(`The module quotes no ${method} figure for ${modelBillions}B.`);
  return figure;
}

/** A figure as the module writes it: "~14 GB". */
export function seedFigureText(figure: SeedWeightsFigure): string {
  return `${figure.approximate ? '~' : ''}${figure.gb} GB`;
}

/** The T1.3 table "Comparison | LoRA | QLoRA", cell for cell as the module has it. */
export const seedQloraComparisonTable: {header: readonly string[]; rows: readonly (readonly string[])[]} = {
  header: ['Comparison', 'LoRA', 'QLoRA'],
  rows: [
    ['Base model format', 'FP16/BF16', 'NF4 (4-bit)'],
    ['Memory for 7B model', seedFigureText(requiredFigure('lora', 7)), seedFigureText(requiredFigure('qlora', 7))],
    ['Memory for 70B model', seedFigureText(requiredFigure('lora', 70)), seedFigureText(requiredFigure('qlora', 70))],
    ['Quality loss', 'None vs full FT', '<1% vs LoRA'],
    ['GPU required', 'A100 40GB+', 'RTX 4090 (24GB)'],
  ],
};

/** One line of the T1.4 block "Full Fine-Tuning: 70B × 2 bytes (FP16) = 140 GB VRAM → Need 32x A100". */
export interface SeedArithmeticLine {
  method: SeedMethod;
  label: string;
  /** How the module describes the frozen or trained base. */
  base: string;
  /** Billions of adapter parameters the module adds, if any. */
  trainedBillions?: number;
  /** Cards the module says are needed. */
  cardsClaimed: number;
  cardName: string;
}

export const seedArithmeticLines: readonly SeedArithmeticLine[] = [
  {method: 'full', label: 'Full Fine-Tuning', base: `70B × ${seedCounting.bytes16bit} bytes (FP16)`, cardsClaimed: 32, cardName: 'A100'},
  {method: 'lora', label: 'LoRA', base: '70B frozen', trainedBillions: 0.1, cardsClaimed: 4, cardName: 'A100'},
  {method: 'qlora', label: 'QLoRA', base: '70B in 4-bit', trainedBillions: 0.1, cardsClaimed: 1, cardName: 'A100'},
];

/** The line as the module prints it. */
export function seedArithmeticText(line: SeedArithmeticLine): string {
  const weights = requiredFigure(line.method, 70);
  const need = `→ Need ${line.cardsClaimed}x ${line.cardName}`;
  if (line.trainedBillions === undefined) return `${line.label}: ${line.base} = ${weights.gb} GB VRAM ${need}`;
  const adapterMB = Math.round((line.trainedBillions * 1e9 * seedCounting.trainedBytes) / 1e6);
  return `${line.label}: ${line.base} + ${line.trainedBillions}B trained = ${seedFigureText(weights)} + ~${adapterMB} MB ${need}`;
}
