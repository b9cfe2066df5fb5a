import { Accordion, AccordionDetails, AccordionSummary, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useId } from 'react';
import { NumberInput, useRecordContext, useTranslate } from 'react-admin';
import { InputRow } from '../../common/InputGroup';
import { IssueText } from './BenefitIssues';

const SCORES: [string, number][] = [
  ['mobility', 3],
  ['dailyActivities', 3],
  ['cognitiveDisorders', 3],
  ['behaviouralDisorders', 2],
  ['healthCareNeeds', 3],
  ['incomeArea', 3],
  ['supportArea', 3],
  ['assessmentSource', 4],
  ['assessmentTool', 7],
  ['disabilitySource', 2],
];

/** The SINA multidimensional assessment, folded away unless the record has one. */
export function SinaInputs() {
  const translate = useTranslate();
  const record = useRecordContext<{ sina?: unknown }>();
  const headingId = useId();
  return (
    <Accordion
      defaultExpanded={Boolean(record?.sina)}
      sx={{ mt: 2, width: '100%' }}
      variant="outlined"
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`${headingId}-content`}
        id={headingId}
      >
        <Typography component="span" variant="h6">
          {translate('resources.socialBenefits.section.sina')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${headingId}-content`}>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('resources.socialBenefits.helper.sina')}
        </Typography>
        <InputRow>
          {SCORES.map(([key, max]) => (
            <NumberInput
              key={key}
              source={`sina.${key}`}
              label={`resources.socialBenefits.fields.sina.${key}`}
              min={1}
              max={max}
              step={1}
              helperText={<IssueText field={`sina.${key}`} />}
            />
          ))}
        </InputRow>
      </AccordionDetails>
    </Accordion>
  );
}
