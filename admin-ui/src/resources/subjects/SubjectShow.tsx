import {
  EmailField,
  FunctionField,
  Labeled,
  Show,
  TabbedShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { Box } from '@mui/material';
import { CustomFieldsShow } from '../../common/customFields';
import { DayField, InstantField } from '../../common/fields';
import { PlaceField } from '../../common/italia/PlaceField';
import { SubjectAccessTab } from './SubjectAccessTab';
import { SubjectBenefitsTab } from './SubjectBenefitsTab';
import { SubjectCasesTab } from './SubjectCasesTab';
import { SubjectHistoryTab } from './SubjectHistoryTab';
import { SubjectHouseholdsTab } from './SubjectHouseholdsTab';
import { SubjectIseeTab } from './SubjectIseeTab';
import { SubjectReiTab } from './SubjectReiTab';
import { useAllowed } from '../../auth/useAllowed';

const row = { display: 'flex', flexWrap: 'wrap', gap: 3, mb: 2 } as const;

function Anagrafica() {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={row}>
        <Labeled source="fiscalCode">
          <TextField source="fiscalCode" />
        </Labeled>
        <Labeled source="lastName">
          <TextField source="lastName" />
        </Labeled>
        <Labeled source="firstName">
          <TextField source="firstName" />
        </Labeled>
        <Labeled source="sex">
          <FunctionField render={(r) => translate(`resources.subjects.sex.${r.sex}`)} />
        </Labeled>
        <Labeled source="birthDate">
          <DayField source="birthDate" />
        </Labeled>
        <Labeled source="birthPlaceCode">
          <FunctionField render={(r) => `${r.birthPlaceName ?? ''} (${r.birthPlaceCode})`} />
        </Labeled>
        <Labeled source="citizenshipCode">
          <PlaceField source="citizenshipCode" kind="country" />
        </Labeled>
      </Box>
      <Box sx={row}>
        <Labeled source="residence.municipalityName">
          <TextField source="residence.municipalityName" emptyText="—" />
        </Labeled>
        <Labeled source="residence.street">
          <TextField source="residence.street" emptyText="—" />
        </Labeled>
        <Labeled source="residence.postalCode">
          <TextField source="residence.postalCode" emptyText="—" />
        </Labeled>
        <Labeled source="phone">
          <TextField source="phone" emptyText="—" />
        </Labeled>
        <Labeled source="email">
          <EmailField source="email" emptyText="—" />
        </Labeled>
      </Box>
      <CustomFieldsShow entity="SUBJECT" />
      <Box sx={{ ...row, mt: 2 }}>
        <Labeled source="updatedAt">
          <InstantField source="updatedAt" />
        </Labeled>
        <Labeled source="version">
          <TextField source="version" />
        </Labeled>
      </Box>
    </Box>
  );
}

/** A subject's record: anagrafica, households, ISEE, REI, SIUSS, storico (and accesses, for admins). */
export default function SubjectShow() {
  const seesAccesses = useAllowed('subjectAccessLog', 'list');
  const seesCases = useAllowed('socialCases', 'list');
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.anagrafica">
          <Anagrafica />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.households" path="nuclei">
          <SubjectHouseholdsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.isee" path="isee">
          <SubjectIseeTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.rei" path="rei">
          <SubjectReiTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.benefits" path="siuss">
          <SubjectBenefitsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.subjects.tabs.history" path="storico">
          <SubjectHistoryTab />
        </TabbedShowLayout.Tab>
        {seesCases && (
          <TabbedShowLayout.Tab label="resources.subjects.tabs.socialCases" path="cartelle">
            <SubjectCasesTab />
          </TabbedShowLayout.Tab>
        )}
        {seesAccesses && (
          <TabbedShowLayout.Tab label="resources.subjects.tabs.accesses" path="accessi">
            <SubjectAccessTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
