import { CustomFieldsShow, useCustomFields, type ConfigurableEntity } from './customFields';
import { Section } from './Section';

/** The tenant's custom fields of a record on a show page, as a section; nothing when there are none. */
export function CustomFieldsSection({
  entity,
  title,
}: {
  entity: ConfigurableEntity;
  title: string;
}) {
  const { definitions } = useCustomFields(entity);
  if (definitions.length === 0) return null;
  return (
    <Section title={title}>
      <CustomFieldsShow entity={entity} />
    </Section>
  );
}
