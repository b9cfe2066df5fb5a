import { errorText } from '../../common/errorText';
import {
  Alert,
  Card,
  CardContent,
  CircularProgress,
  TextField as MuiTextField,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import { useValueListByKey } from './useValueListItems';

const MAX_ROWS = 100;

/** A list's items, read-only (system lists: national codes), searchable by code or label. */
export default function ValueListShow() {
  const { id } = useParams();
  const translate = useTranslate();
  const { data: list, isPending, error } = useValueListByKey(id);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase('it');
    return (list?.items ?? []).filter(
      (item) =>
        !needle ||
        item.code.toLocaleLowerCase('it').includes(needle) ||
        item.label.toLocaleLowerCase('it').includes(needle),
    );
  }, [list, query]);
  if (isPending) return <CircularProgress aria-label={translate('ra.page.loading')} />;
  if (!list) return <Alert severity="warning">{errorText(error, translate)}</Alert>;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={list.label} />
      <CardContent>
        {list.system && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.valueLists.system_hint')}
          </Alert>
        )}
        <MuiTextField
          label={translate('resources.valueLists.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          size="small"
          sx={{ mb: 2, minWidth: 320 }}
        />
        <SubjectPartTable
          caption={translate('resources.valueLists.items_count', {
            shown: Math.min(rows.length, MAX_ROWS),
            total: rows.length,
          })}
          empty="resources.valueLists.no_items"
          rows={rows.slice(0, MAX_ROWS)}
          isPending={false}
          error={null}
          columns={[
            { label: 'resources.valueLists.fields.code', render: (item) => item.code },
            { label: 'resources.valueLists.fields.itemLabel', render: (item) => item.label },
            {
              label: 'resources.valueLists.fields.active',
              render: (item) => translate(item.active ? 'ra.boolean.true' : 'ra.boolean.false'),
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}
