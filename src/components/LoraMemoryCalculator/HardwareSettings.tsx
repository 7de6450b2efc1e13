/** "Hardware": the GPU every result is measured against. */
import React, {memo} from 'react';
import {gpus} from '@site/src/data/gpus';
import {SelectField, type SettingsGroupProps, type Update} from './Fields';
import fieldStyles from './Fields.module.css';

const GPU_OPTIONS = gpus.map((g) => ({value: g.id, label: `${g.name} (${g.memoryGB} GB)`}));

export default function HardwareSettings({inputs, update}: SettingsGroupProps): React.JSX.Element {
  return (
    <div className={fieldStyles.controls}>
      <GpuField gpu={inputs.gpu} update={update} />
    </div>
  );
}

const GpuField = memo(function GpuField({gpu, update}: {gpu: string; update: Update}) {
  // A price typed for one card means nothing for another: the new card's default price comes with it.
  return <SelectField label="GPU" value={gpu} options={GPU_OPTIONS} onChange={(next) => update({gpu: next, usdPerGpuHour: null})} />;
});
