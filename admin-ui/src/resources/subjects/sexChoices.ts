/** Sex as the codice fiscale encodes it, with the Italian labels. */
export const SEX_CHOICES = [
  { id: 'M', name: 'resources.subjects.sex.M' },
  { id: 'F', name: 'resources.subjects.sex.F' },
];
