import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DateInput,
  email,
  maxValue,
  RadioButtonGroupInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CustomFieldInputs } from '../../common/customFields';
import { PlaceInput } from '../../common/italia/PlaceInput';
import { FiscalCodeInput } from './FiscalCodeInput';
import { SEX_CHOICES } from './sexChoices';
import { EmailInput } from '../../common/EmailInput';

const today = () => new Date().toISOString().slice(0, 10);

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1, width: '100%' }}>
      <Typography component="legend" variant="h6" sx={{ mb: 1, p: 0 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
        {children}
      </Box>
    </Box>
  );
}

function ResidenceInputs() {
  const countryCode = useWatch({ name: 'residence.countryCode' }) as string | undefined;
  const inItaly = !countryCode || countryCode === '380';
  return (
    <>
      <PlaceInput source="residence.countryCode" kind="country" />
      {inItaly && <PlaceInput source="residence.municipalityCode" kind="comune" />}
      <TextInput source="residence.street" sx={{ minWidth: 320 }} />
      <TextInput source="residence.postalCode" inputProps={{ maxLength: 5 }} />
    </>
  );
}

/** SubjectInput's inputs, then the comune's custom fields of subjects. */
export function SubjectInputs() {
  return (
    <>
      <FormSection title="resources.subjects.sections.identity">
        <FiscalCodeInput />
      </FormSection>
      <FormSection title="resources.subjects.sections.personal">
        <TextInput source="lastName" validate={required()} autoComplete="off" />
        <TextInput source="firstName" validate={required()} autoComplete="off" />
        <RadioButtonGroupInput source="sex" choices={SEX_CHOICES} validate={required()} />
        <DateInput source="birthDate" validate={[required(), maxValue(today())]} />
        <PlaceInput source="birthPlaceCode" kind="birthPlace" validate={required()} />
        <PlaceInput source="citizenshipCode" kind="country" validate={required()} />
      </FormSection>
      <FormSection title="resources.subjects.sections.residence">
        <ResidenceInputs />
        <TextInput source="phone" type="tel" autoComplete="off" />
        <EmailInput source="email" validate={email()} />
      </FormSection>
      <CustomFieldInputs entity="SUBJECT" />
    </>
  );
}
