/** The Commons Votes API's shapes for divisions written for the tests: a voter, and a division's summary. */
export const voter = (id: number, party: string | null = null) => ({
  MemberId: id,
  Name: `Member ${id}`,
  Party: party,
});

export const summary = (id: number, date: string, number: number) => ({
  DivisionId: id,
  Date: `${date}T19:00:00`,
  Number: number,
  Title: `Fictional division ${number}`,
  AyeCount: 300,
  NoCount: 200,
  EVELType: '',
  EVELCountry: '',
});
