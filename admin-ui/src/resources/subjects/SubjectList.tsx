import { DataTable, DateInput, List, SelectInput, TextField, TextInput } from 'react-admin';
import { useCustomFieldFilters } from '../../common/customFields';
import { DayField } from '../../common/fields';
import { PlaceInput } from '../../common/italia/PlaceInput';
import { SEX_CHOICES } from './sexChoices';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatDay } from '../../i18n/format';
import { RecordLinkField } from '../../common/RecordLinkField';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable sx={{ minWidth: 320 }} />,
  <TextInput key="lastName" source="lastName" />,
  <SelectInput key="sex" source="sex" choices={SEX_CHOICES} />,
  <DateInput key="bornFrom" source="bornFrom" />,
  <DateInput key="bornTo" source="bornTo" />,
  <PlaceInput key="residence" source="residenceMunicipalityCode" kind="comune" />,
  <PlaceInput key="citizenship" source="citizenshipCode" kind="country" />,
];

// On a phone: the name, the codice fiscale, the date of birth.
const card: RecordCard = {
  primaryText: (s) => `${s.lastName} ${s.firstName}`,
  secondaryText: (s) => s.fiscalCode,
  tertiaryText: (s) => formatDay(s.birthDate),
  link: 'show',
};

/**
 * The comune's subjects: one search box on names and codice fiscale, built-in and custom filters.
 * No CSV export: the list holds personal data (names, codes, dates of birth).
 */
export default function SubjectList() {
  const customFilters = useCustomFieldFilters('SUBJECT');
  return (
    <List
      filters={[...filters, ...customFilters]}
      sort={{ field: 'lastName', order: 'ASC' }}
      exporter={false}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="fiscalCode" field={RecordLinkField} />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="sex" disableSort />
        <DataTable.Col source="birthDate" field={DayField} />
        <DataTable.Col source="birthPlaceName" disableSort />
        <DataTable.Col source="residence.municipalityName" disableSort>
          <TextField source="residence.municipalityName" emptyText="—" />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
