import {
  Alert,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EditButton, Loading, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { CustomFieldsSection } from '../../common/CustomFieldsSection';
import type { PlaceKind } from '../../common/italia/italianReference';
import { useItalianReference } from '../../common/italia/useItalianReference';
import { Fact, Facts, Section } from '../../common/Section';
import { formatAmount, formatDay, formatInstant } from '../../i18n/format';
import { IssueText, IssuesSummary } from './BenefitIssues';
import { CancelBenefitButton } from './CancelBenefitButton';
import { SocialBenefitStatusChip } from './SocialBenefitStatusChip';
import type { SocialBenefitRecord } from './types';

const f = (key: string) => `resources.socialBenefits.fields.${key}`;

/** A field's value and, under it, the issues on that field. */
function BenefitFact({ field, children }: { field: string; children: ReactNode }) {
  return (
    <Fact label={f(field)}>
      {children === null || children === undefined || children === '' ? '—' : children}
      <Typography component="span" variant="caption" display="block">
        <IssueText field={field} />
      </Typography>
    </Fact>
  );
}

function TransmissionsSection({ record }: { record: SocialBenefitRecord }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.socialBenefits.transmission.${key}`);
  if (!record.transmissions?.length) return null;
  return (
    <Section title="resources.socialBenefits.section.transmissions">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate(f('transmittedAt'))}</TableCell>
            <TableCell scope="col">{t('operation')}</TableCell>
            <TableCell scope="col">{t('outcome')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.transmissions.map((item) => (
            <TableRow key={`${item.transmission.id}-${item.operation}`}>
              <TableCell>
                <Link to={`/transmissions/${item.transmission.id}/show`}>
                  {formatInstant(item.transmission.createdAt)}
                </Link>
              </TableCell>
              <TableCell>
                {translate(`resources.socialBenefits.operation.${item.operation}`, {
                  _: item.operation,
                })}
              </TableCell>
              <TableCell>
                {item.outcome
                  ? `${t(item.outcome.accepted ? 'accepted' : 'rejected')} ${item.outcome.reason ?? ''}`
                  : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

function BenefitLayout() {
  const record = useRecordContext<SocialBenefitRecord>();
  const translate = useTranslate();
  const places = useItalianReference();
  if (!record || !('residence' in record)) return <Loading />;
  const r = record as SocialBenefitRecord & Record<string, never>;
  const residence = (record.residence ?? {}) as Record<string, string | null>;
  const place = (kind: PlaceKind, code: string | null | undefined) =>
    code ? (places?.placeWithCode(kind, code) ?? code) : null;
  const label = (prefix: string, value: unknown) =>
    value ? translate(`resources.socialBenefits.${prefix}.${String(value)}`) : '';
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={12}>
        <IssuesSummary />
        {record.duplicateOf && (
          <Alert severity="warning" data-testid="duplicate-of">
            {translate('resources.socialBenefits.duplicates.setAside')}{' '}
            <Link to={`/socialBenefits/${record.duplicateOf}/show`}>
              {translate('resources.socialBenefits.duplicates.kept')}
            </Link>
          </Alert>
        )}
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="resources.socialBenefits.section.beneficiary">
          <Facts>
            <BenefitFact field="fiscalCode">{record.fiscalCode}</BenefitFact>
            <BenefitFact field="lastName">{record.lastName}</BenefitFact>
            <BenefitFact field="firstName">{record.firstName}</BenefitFact>
            <BenefitFact field="birthYear">{r.birthYear}</BenefitFact>
            <BenefitFact field="birthPlaceCode">
              {place('birthPlace', r.birthPlaceCode)}
            </BenefitFact>
            <BenefitFact field="sex">{label('sex', r.sex)}</BenefitFact>
            <BenefitFact field="citizenshipCode">{place('country', r.citizenshipCode)}</BenefitFact>
            <BenefitFact field="residence.regionCode">
              {places?.REGIONS.find((g) => g.code === residence.regionCode)?.name ??
                residence.regionCode}
            </BenefitFact>
            <BenefitFact field="residence.municipalityCode">
              {place('comune', residence.municipalityCode)}
            </BenefitFact>
            <BenefitFact field="residence.countryCode">
              {place('country', residence.countryCode)}
            </BenefitFact>
          </Facts>
        </Section>
        <Section title="resources.socialBenefits.section.care">
          <Facts>
            <BenefitFact field="takenInCharge">
              {translate(r.takenInCharge ? 'ra.boolean.true' : 'ra.boolean.false')}
            </BenefitFact>
            <BenefitFact field="userArea">{label('userArea', r.userArea)}</BenefitFact>
            <BenefitFact field="dsuProtocol">{r.dsuProtocol}</BenefitFact>
            <BenefitFact field="dsuYear">{r.dsuYear}</BenefitFact>
            <BenefitFact field="dsuDate">{formatDay(r.dsuDate)}</BenefitFact>
          </Facts>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="resources.socialBenefits.section.service">
          <Facts>
            <Fact label={f('status')}>
              <SocialBenefitStatusChip status={record.status} />
            </Fact>
            <Fact label={f('source')}>{label('source', record.source)}</Fact>
            <BenefitFact field="serviceCode">{record.serviceCode}</BenefitFact>
            <BenefitFact field="serviceName">{record.serviceName}</BenefitFact>
            <BenefitFact field="meansTest">{label('meansTest', record.meansTest)}</BenefitFact>
            <BenefitFact field="character">{label('character', record.character)}</BenefitFact>
            <BenefitFact field="requestProtocol">{r.requestProtocol}</BenefitFact>
            <BenefitFact field="eventDate">{formatDay(r.eventDate)}</BenefitFact>
          </Facts>
        </Section>
        <Section title="resources.socialBenefits.section.amounts">
          <Facts>
            <BenefitFact field="startDate">{formatDay(record.startDate)}</BenefitFact>
            <BenefitFact field="endDate">{formatDay(record.endDate)}</BenefitFact>
            <BenefitFact field="months">{r.months}</BenefitFact>
            <BenefitFact field="monthlyAmount">{formatAmount(record.monthlyAmount)}</BenefitFact>
            <BenefitFact field="paymentDate">{formatDay(record.paymentDate)}</BenefitFact>
            <BenefitFact field="amount">{formatAmount(record.amount)}</BenefitFact>
            <BenefitFact field="entityShare">{formatAmount(r.entityShare)}</BenefitFact>
            <BenefitFact field="userShare">{formatAmount(r.userShare)}</BenefitFact>
            <BenefitFact field="healthServiceShare">
              {formatAmount(r.healthServiceShare)}
            </BenefitFact>
          </Facts>
        </Section>
        <TransmissionsSection record={record} />
        <CustomFieldsSection
          entity="SOCIAL_BENEFIT"
          title="resources.socialBenefits.section.customFields"
        />
      </Grid>
    </Grid>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <CancelBenefitButton />
  </TopToolbar>
);

/** Una prestazione: every attribute INPS receives, each with its issues, and its transmissions. */
export default function SocialBenefitShow() {
  return (
    <Show actions={<ShowActions />} component="div">
      <BenefitLayout />
    </Show>
  );
}
