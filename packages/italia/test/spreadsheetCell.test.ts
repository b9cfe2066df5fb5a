import { csvField, recordsToCsv, spreadsheetPlainText, spreadsheetSafeText } from '../src';

describe('spreadsheet-safe CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+39 02 1234567', "'+39 02 1234567"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['   =HYPERLINK("http://x")', '\'   =HYPERLINK("http://x")'],
    ['"=cmd"', '\'"=cmd"'],
    ["' =cmd", "'' =cmd"],
  ])('neutralises %j', (text, safe) => {
    expect(spreadsheetSafeText(text)).toBe(safe);
  });

  it.each(['Rossi', 'a=b', 'REI/2018/000001', '-12.50', '-1.234,56', '+3', '2019-03-15', ''])(
    'leaves %j as it is',
    (text) => expect(spreadsheetSafeText(text)).toBe(text),
  );

  it.each(['=1+1', '-2+3', "' =cmd", "'=1", 'Rossi', "O'Brien", "'", '-12.50', '', '\t=cmd'])(
    'reads %j back as it was after neutralising it',
    (text) => expect(spreadsheetPlainText(spreadsheetSafeText(text))).toBe(text),
  );

  it('leaves an apostrophe that does not neutralise anything', () => {
    expect(spreadsheetPlainText("'Rossi")).toBe("'Rossi");
    expect(spreadsheetPlainText("'-12,50")).toBe("'-12,50");
  });

  it('writes fields: text neutralised then quoted, numbers and empty values as they are', () => {
    expect(csvField('=1;2')).toBe('"\'=1;2"');
    expect(csvField('@a "b"')).toBe('"\'@a ""b"""');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('recordsToCsv', () => {
  it('writes every path met, nested and listed values flattened, text neutralised', () => {
    const csv = recordsToCsv([
      {
        id: '1',
        lastName: '=HYPERLINK("http://x")',
        amount: '-12.50',
        residence: { city: 'Milano' },
      },
      { id: '2', lastName: 'Rossi', roles: ['A', 'B'], __typename: 'X', months: 3, done: true },
    ]);
    expect(csv).toBe(
      'id;lastName;amount;residence.city;roles;months;done\r\n' +
        '1;"\'=HYPERLINK(""http://x"")";-12.50;Milano;;;\r\n' +
        '2;Rossi;;;A, B;3;true\r\n',
    );
  });
});
