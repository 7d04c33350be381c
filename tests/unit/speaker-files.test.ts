import { expect, test } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { parseSpeaker } from '../../src/core/speaker-file';

const problems = (source: string, path = 'content/speakers/ana-gomes.yaml') => parseSpeaker(source, path).problems.map(formatProblem);

test('a valid speaker file', () => {
  const { speaker, problems } = parseSpeaker('name: Ana Gomes\nrole: MEP\naliases: [Ms Gomes]\n', 'content/speakers/ana-gomes.yaml');
  expect(problems).toEqual([]);
  expect(speaker).toEqual({ id: 'ana-gomes', name: 'Ana Gomes', kind: 'person', role: 'MEP', aliases: ['Ms Gomes'] });
});

test('each problem names the file, line and column, with a hint', () => {
  expect(problems('name: Ana Gomes\nkind: politician\nrole: MEP\nurl: javascript:alert(1)\nnickname: AG\n')).toEqual([
    'content/speakers/ana-gomes.yaml:2:7: "kind" is "politician"\n    hint: expected one of: person, organisation, document, publication, group',
    'content/speakers/ana-gomes.yaml:4:6: "url" is "javascript:alert(1)"\n    hint: expected an http:// or https:// URL',
    'content/speakers/ana-gomes.yaml:5:1: unknown field "nickname"\n    hint: known fields here: name, kind, role, aliases, url',
  ]);
});

test('a missing name', () => {
  expect(problems('role: MEP\n')).toEqual(['content/speakers/ana-gomes.yaml:1:1: "name" is required but missing\n    hint: add name: …']);
});

test('invalid YAML', () => {
  expect(problems('name: Ana Gomes\naliases: [Ms Gomes\n')).toEqual([
    'content/speakers/ana-gomes.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n    hint: check the indentation, and quote values that contain ": "',
  ]);
});

test('an empty file, a BOM and CRLF line ends', () => {
  expect(problems('')).toEqual(['content/speakers/ana-gomes.yaml:1:1: the speaker file is empty\n    hint: write at least: name: Their Name']);
  expect(parseSpeaker('\uFEFFname: Ana Gomes\r\nrole: MEP\r\n', 'content/speakers/ana-gomes.yaml').speaker?.role).toBe('MEP');
});

test('a file name that is not an id', () => {
  expect(problems('name: Ana Gomes\n', 'content/speakers/Ana Gomes.yaml')).toEqual([
    'content/speakers/Ana Gomes.yaml:1:1: "Ana Gomes.yaml" is not a valid speaker file name\n    hint: name it <id>.yaml, with an id of lower-case letters, digits and hyphens, like anne-khodabandeh.yaml',
  ]);
});
