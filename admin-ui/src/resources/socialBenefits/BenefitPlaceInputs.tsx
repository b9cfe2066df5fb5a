import { SelectInput } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { InputRow } from '../../common/InputGroup';
import { PlaceInput } from '../../common/italia/PlaceInput';
import { useItalianReference } from '../../common/italia/useItalianReference';
import { IssueText } from './BenefitIssues';

const issue = (field: string) => <IssueText field={field} />;

/**
 * The places of a SIUSS record picked by name, as in the subject's form: birth place (Belfiore or
 * Z code), citizenships (ISO numeric), residence region, comune (ISTAT) and country. Picking the
 * comune fills its region.
 */
export function BenefitBirthPlaceInputs() {
  return (
    <>
      <PlaceInput source="birthPlaceCode" kind="birthPlace" helperText={issue('birthPlaceCode')} />
      <PlaceInput source="citizenshipCode" kind="country" helperText={issue('citizenshipCode')} />
      <PlaceInput
        source="secondCitizenshipCode"
        kind="country"
        helperText={issue('secondCitizenshipCode')}
      />
    </>
  );
}

export function BenefitResidenceInputs() {
  const reference = useItalianReference();
  const { setValue } = useFormContext();
  const regions = (reference?.REGIONS ?? []).map((r) => ({ id: r.code, name: r.name }));
  return (
    <InputRow>
      <SelectInput
        source="residence.regionCode"
        choices={regions}
        helperText={issue('residence.regionCode')}
        isPending={!reference}
      />
      <PlaceInput
        source="residence.municipalityCode"
        kind="comune"
        helperText={issue('residence.municipalityCode')}
        onPicked={(code) => {
          const region = code && reference?.regionOfComune(code);
          if (region) setValue('residence.regionCode', region, { shouldDirty: true });
        }}
      />
      <PlaceInput
        source="residence.countryCode"
        kind="country"
        helperText={issue('residence.countryCode')}
      />
    </InputRow>
  );
}
