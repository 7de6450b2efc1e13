/** GPUs the calculator checks a training run against: memory per card as the vendor states it. */
export interface Gpu {
  /** Query-string id (`?gpu=`). */
  id: string;
  name: string;
  /** Memory per card in GB (10^9 bytes), the vendor's unit. */
  memoryGB: number;
}

/** Source of every figure below: each vendor's product datasheet (NVIDIA, AMD). */
export const gpuSource = 'Vendor datasheets (NVIDIA, AMD); memory per card in GB = 10^9 bytes';

export const gpus: readonly Gpu[] = [
  {id: 't4', name: 'NVIDIA T4', memoryGB: 16},
  {id: 'l4', name: 'NVIDIA L4', memoryGB: 24},
  {id: 'a10', name: 'NVIDIA A10', memoryGB: 24},
  {id: 'rtx-3090', name: 'GeForce RTX 3090', memoryGB: 24},
  {id: 'rtx-4090', name: 'GeForce RTX 4090', memoryGB: 24},
  {id: 'rtx-5090', name: 'GeForce RTX 5090', memoryGB: 32},
  {id: 'a100-40', name: 'NVIDIA A100 40GB', memoryGB: 40},
  {id: 'l40s', name: 'NVIDIA L40S', memoryGB: 48},
  {id: 'a100-80', name: 'NVIDIA A100 80GB', memoryGB: 80},
  {id: 'h100-80', name: 'NVIDIA H100 80GB', memoryGB: 80},
  {id: 'h200', name: 'NVIDIA H200', memoryGB: 141},
  {id: 'mi300x', name: 'AMD Instinct MI300X', memoryGB: 192},
];
