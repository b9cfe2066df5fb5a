import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { IconButton } from '@mui/material';
import { useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useConfigurationChanged, type FieldDefinition } from '../../common/customFields';

/**
 * Moves a field before or after its neighbour in the form (of the same entity, as listed): the two
 * swap positions. Enabled only while the list is sorted by position.
 */
export function MoveFieldButtons() {
  const record = useRecordContext<FieldDefinition>();
  const { data = [], sort } = useListContext<FieldDefinition>();
  const dataProvider = useDataProvider();
  const changed = useConfigurationChanged();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const siblings = data.filter((d) => d.entity === record.entity);
  const index = siblings.findIndex((d) => d.id === record.id);
  const byPosition = sort.field === 'position' && sort.order === 'ASC';
  const move = async (offset: -1 | 1) => {
    const other = siblings[index + offset];
    if (!other) return;
    setBusy(true);
    try {
      // Distinct positions even when both were equal (fields added without one).
      const [first, second] =
        other.position === record.position
          ? [record.position + offset, record.position]
          : [other.position, record.position];
      await dataProvider.update('fieldDefinitions', {
        id: record.id,
        data: { ...record, position: first },
        previousData: record,
      });
      await dataProvider.update('fieldDefinitions', {
        id: other.id,
        data: { ...other, position: second },
        previousData: other,
      });
      await changed();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={translate('resources.fieldDefinitions.move_up', { label: record.label })}
        disabled={busy || !byPosition || index <= 0}
        onClick={() => move(-1)}
      >
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={translate('resources.fieldDefinitions.move_down', { label: record.label })}
        disabled={busy || !byPosition || index < 0 || index >= siblings.length - 1}
        onClick={() => move(1)}
      >
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
    </>
  );
}
