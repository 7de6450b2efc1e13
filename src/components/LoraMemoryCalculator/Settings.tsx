/**
 * The calculator's settings, in groups a reader scans. Each group is one entry here and one file beside the others;
 * each group's fields are memoised on the values they show.
 */
import React, {memo} from 'react';
import {ControlGroup} from '@site/src/components/InstrumentLayout';
import type {SettingsGroupProps} from './Fields';
import ModelAndAdapterSettings from './ModelAndAdapterSettings';
import TrainingSettings from './TrainingSettings';
import HardwareSettings from './HardwareSettings';
import RunSettings from './RunSettings';

interface SettingsGroup {
  title: string;
  Settings: (props: SettingsGroupProps) => React.JSX.Element;
  /** Whether the compact calculator (T1.3) shows it too. */
  inCompact: boolean;
}

export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  {title: 'Model and adapter', Settings: ModelAndAdapterSettings, inCompact: true},
  {title: 'Training', Settings: TrainingSettings, inCompact: false},
  {title: 'Hardware', Settings: HardwareSettings, inCompact: true},
  {title: 'The run', Settings: RunSettings, inCompact: true},
];

const Settings = memo(function Settings(props: SettingsGroupProps): React.JSX.Element {
  return (
    <>
      {SETTINGS_GROUPS.filter((group) => !props.compact || group.inCompact).map(({title, Settings: GroupSettings}) => (
        <ControlGroup key={title} title={title}>
          <GroupSettings {...props} />
        </ControlGroup>
      ))}
    </>
  );
});

export default Settings;
