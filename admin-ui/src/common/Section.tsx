import { Box, Card, CardContent, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A titled part of a show page: a card that is a `<section>` named by its `<h2>`, so screen
 * readers list it among the page's landmarks and headings.
 */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 1,
            mb: 1.5,
            flexWrap: 'wrap',
          }}
        >
          <Typography id={headingId} component="h2" variant="h6">
            {translate(title)}
          </Typography>
          {actions}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}

/** A label and its value, as a definition list entry (`<dt>`/`<dd>`) inside a `<Facts>`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <div>
      <Typography component="dt" variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children === null || children === undefined || children === '' ? '—' : children}
      </Typography>
    </div>
  );
}

/** A grid of `<Fact>`s. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Typography
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        gap: 2,
        m: 0,
      }}
    >
      {children}
    </Typography>
  );
}
