/**
 * Planning a run in the LoRA calculator (issue 18), on both placements: memory per GPU, training time and GPU cost
 * for each method as named outputs; the run's settings in the URL, with a message for each bad value; the managed
 * price and the caveats; and the "How close are these estimates?" tables for several GPUs and for time, whose rows
 * load their configuration into the calculator.
 */
import {expect, test, type Page} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

const CALCULATOR = 'section[aria-label="LoRA memory calculator"]';
const METHODS = ['Full fine-tuning', 'LoRA', 'QLoRA'] as const;
const TIME = /^[\d,.]+–[\d,.]+ (minutes|hours|days)$/;
const COST = /^\$[\d,.]+–\$[\d,.]+$/;
const GB = /^[\d,.]+ GB$/;

function output(page: Page, name: string) {
  return page.locator(CALCULATOR).getByRole('status', {name, exact: true});
}

/** Llama 3.1 8B LoRA, rank 16 on every linear layer, sequence 2048, batch 4, checkpointing, 20 M tokens × 3 epochs. */
const DONE_WHEN = 'model=llama-3.1-8b&rank=16&alpha=32&targets=q,k,v,o,gate,up,down&seq=2048&batch=4&gc=1&tokens=20000000&epochs=3';

async function expectNineOutputs(page: Page): Promise<void> {
  for (const method of METHODS) {
    await expect(output(page, `${method} memory per GPU`)).toHaveText(GB);
    await expect(output(page, `${method} training time`)).toHaveText(TIME);
    await expect(output(page, `${method} GPU cost`)).toHaveText(COST);
    // The one-card outputs keep their names and meaning.
    await expect(output(page, `${method} total memory`)).toHaveText(GB);
  }
}

test('the full calculator: memory per GPU, time and cost for each method on 8 × H100 under ZeRO-3', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto(`/t1/lora-qlora?${DONE_WHEN}&gpu=h100-80&gpus=8&strategy=zero3#lora-memory-calculator`);
  await waitForHydration(page);
  await expectNineOutputs(page);
  const calculator = page.locator(CALCULATOR);
  // One card's share: LoRA's weights split eight ways, each card with its own activations and logits.
  // textContent, not innerText: results scrolled off screen skip layout (content-visibility), and innerText then reads ''.
  const perGpu = Number((await output(page, 'LoRA memory per GPU').textContent() ?? '').replace(/[^\d.]/g, ''));
  const oneCard = Number((await output(page, 'LoRA total memory').textContent() ?? '').replace(/[^\d.]/g, ''));
  expect(perGpu).toBeLessThan(oneCard);
  await expect(output(page, 'LoRA training time')).toHaveText(/minutes$/);
  await expect(calculator).toContainText('20 million tokens × 3 epochs = 60 million training tokens, at $2.99 per GPU-hour');
  // The fewest cards under each strategy, the managed price, the caveats of several cards.
  const fewest = calculator.getByRole('table', {name: /Fewest NVIDIA H100 80GB cards/});
  await expect(fewest.getByRole('row')).toHaveCount(4);
  await expect(fewest.getByRole('row', {name: /^DDP/})).toContainText('no number');
  await expect(calculator).toContainText('T1.9 lists Llama 3.1 for managed fine-tuning but gives no training price for it.');
  await expect(calculator).toContainText('bnb_4bit_quant_storage');
  await expect(calculator).toContainText('Tensor and pipeline parallelism');
  // The time's accuracy is the calibration's.
  await expect(calculator.getByRole('link', {name: /about ±\d+ % on the 29 published runs below/})).toBeVisible();
  expect(problems).toEqual([]);
});

test('the run’s settings change the outputs and reach the URL; the price defaults per GPU and can be typed', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto(`/t1/lora-qlora?${DONE_WHEN}&gpu=a100-80#lora-memory-calculator`);
  await waitForHydration(page);
  const cost = output(page, 'LoRA GPU cost');
  const price = page.getByRole('spinbutton', {name: 'Price (US dollars per GPU-hour)'});
  await expect(price).toHaveValue('1.5');
  // The link's values reach the fields after hydration and the results a render later: read the default cost once the
  // results are the A100's (read earlier, on a loaded machine it was the default GPU's).
  await expect(page.locator(CALCULATOR).getByText('On one NVIDIA A100 80GB', {exact: false}).first()).toBeAttached();
  const atDefault = (await cost.textContent()) ?? '';
  await price.fill('3');
  await expect(cost).not.toHaveText(atDefault);
  await expect.poll(() => new URL(page.url()).searchParams.get('price')).toBe('3');
  // The default comes back on request, and with another GPU.
  await page.getByRole('button', {name: /Use the .* default/}).click();
  await expect(cost).toHaveText(atDefault);
  await price.fill('3');
  await page.getByRole('combobox', {name: 'GPU', exact: true}).selectOption('h100-80');
  await expect(price).toHaveValue('2.99');
  await expect.poll(() => new URL(page.url()).searchParams.get('price')).toBeNull();

  // DPO: twice the sequences, a reference copy for full fine-tuning, PPO as a sentence.
  const full = output(page, 'Full fine-tuning memory per GPU');
  const sft = (await full.textContent()) ?? '';
  await page.getByRole('combobox', {name: 'Training objective'}).selectOption('dpo');
  await expect(full).not.toHaveText(sft);
  await expect(page.getByRole('table', {name: /Memory by part/}).getByRole('row', {name: /DPO reference model/})).toBeVisible();
  await expect(page.locator(CALCULATOR)).toContainText('RLHF with PPO');
  await expect.poll(() => new URL(page.url()).searchParams.get('objective')).toBe('dpo');

  // Offload under DDP is corrected, and said so; CPU offload turns the time into a floor.
  await page.getByRole('combobox', {name: 'Sharding across the GPUs'}).selectOption('ddp');
  await page.getByRole('combobox', {name: 'CPU offload'}).selectOption('optimizer');
  await expect(page.locator(CALCULATOR)).toContainText('under DDP nothing is offloaded');
  await page.getByRole('combobox', {name: 'Sharding across the GPUs'}).selectOption('zero3');
  await expect(output(page, 'LoRA training time')).toHaveText(/^more than [\d,.]+ (minutes|hours|days)$/);
  expect(problems).toEqual([]);
});

test('the compact calculator on T1.3 plans the run too, and hands it to the full one', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto(`/t1/fine-tuning-methods?${DONE_WHEN}&gpu=rtx-4090#try-the-numbers`);
  await waitForHydration(page);
  await expectNineOutputs(page);
  const gpus = page.getByRole('spinbutton', {name: 'GPUs, as a number'});
  const perGpu = output(page, 'QLoRA memory per GPU');
  const before = (await perGpu.textContent()) ?? '';
  await gpus.fill('2');
  await expect(perGpu).not.toHaveText(before);
  await expect(page.getByRole('group', {name: 'Memory at a glance'})).toContainText(/Per card, 2 × GeForce RTX 4090|2 × GeForce RTX 4090/);
  const link = page.getByRole('link', {name: 'Open the full calculator with these settings'});
  await expect(link).toHaveAttribute('href', /gpus=2&strategy=zero3&offload=none&tokens=20000000&epochs=3/);
  await expect(page.locator(CALCULATOR).getByRole('link', {name: 'How close are these estimates?'}).last()).toHaveAttribute('href', /#training-time-calibration$/);
  expect(problems).toEqual([]);
});

test('bad values for the run’s keys give a message naming each key, and safe values', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/lora-qlora?objective=ppo&gpus=0&strategy=zero1&offload=disk&tokens=lots&epochs=1000&price=%3Cb%3E#lora-memory-calculator');
  await waitForHydration(page);
  const messages = page.locator(CALCULATOR).getByRole('status').filter({hasText: 'Some settings in this link were corrected'});
  for (const key of ['objective', 'gpus', 'strategy', 'offload', 'tokens', 'epochs', 'price']) await expect(messages).toContainText(`${key}: `);
  await expect(messages).not.toContainText('<b>');
  await expectNineOutputs(page);
  await expect(page.getByRole('spinbutton', {name: 'GPUs, as a number'})).toHaveValue('1');
  await expect(page.getByRole('spinbutton', {name: 'Epochs, as a number'})).toHaveValue('100');
  expect(problems).toEqual([]);
});

test('“How close are these estimates?”: the multi-GPU rows and the throughput rows load their configuration', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/lora-qlora#how-close-are-these-estimates');
  await waitForHydration(page);
  const multi = page.getByRole('table', {name: /Published multi-GPU runs/});
  await expect(multi.locator('tbody tr')).toHaveCount(13);
  const throughput = page.getByRole('table', {name: /Published runs: tokens per second per GPU/});
  await expect(throughput.locator('tbody tr')).toHaveCount(29);
  // A run the calculator cannot load says why instead of linking.
  await expect(throughput.getByRole('row', {name: /MPT-7B Full fine-tuning, 2,048 × 6/}).first()).toContainText('not in the calculator: model');

  // Answer.AI's Llama 2 70B QLoRA on 8 × A100 40GB.
  const row = throughput.getByRole('row', {name: /Llama 2 70B QLoRA r64, 2,048 × 4/}).filter({hasText: '8 × NVIDIA A100 40GB'});
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();
  // A full page load of the calculator: on a loaded two-core CI machine it can take longer than the default 5 s.
  await expect(page).toHaveURL(/model=llama-2-70b&rank=64&.*batch=4&.*gpu=a100-40&.*gpus=8&strategy=zero3.*method=qlora/, {timeout: 15_000});
  await waitForHydration(page);
  await expect(page.locator('[data-run-method="qlora"]')).toHaveClass(/recommended/i);
  await expect(output(page, 'QLoRA training time')).toHaveText(TIME);

  // A multi-GPU memory row: two RTX 3090s under DDP.
  await page.goto('/t1/lora-qlora#how-close-are-these-estimates');
  await waitForHydration(page);
  const ddp = page.getByRole('table', {name: /Published multi-GPU runs/}).getByRole('row', {name: /Llama 2 7B QLoRA r64, 2,048 tokens × 8/});
  await expect(ddp).toContainText('DDP');
  await ddp.getByRole('link').click();
  await expect(page).toHaveURL(/gpu=rtx-3090&.*gpus=2&strategy=ddp&offload=none.*method=qlora/, {timeout: 15_000});
  await waitForHydration(page);
  await expect(output(page, 'QLoRA memory per GPU')).toHaveText(GB);
  await expect(page.getByRole('combobox', {name: 'Sharding across the GPUs'})).toHaveValue('ddp');
  expect(problems).toEqual([]);
});
