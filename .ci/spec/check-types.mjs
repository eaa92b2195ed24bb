// Checks the TypeScript types openapi-typescript generated from the served document
// against what real answers hold (target/contract/always-present.json, written by
// ContractEndToEndTests): no property every real answer had may be optional.
import { readFileSync } from 'node:fs';

const [typesFile, observationsFile] = process.argv.slice(2);
const types = readFileSync(typesFile, 'utf8');
let observations;
try {
  observations = JSON.parse(readFileSync(observationsFile, 'utf8'));
} catch (error) {
  console.error(`No ${observationsFile}: run ./mvnw verify first (ContractEndToEndTests writes it).`);
  process.exit(1);
}

// openapi-typescript writes each schema as `        Name: {` and its properties, one
// level deeper, as `            name: type;` or `            name?: type;`.
const schemas = new Map();
let current = null;
for (const line of types.split('\n')) {
  const schema = /^ {8}([A-Za-z0-9_]+): \{$/.exec(line);
  if (schema) {
    current = new Map();
    schemas.set(schema[1], current);
    continue;
  }
  if (/^ {8}\};?$/.test(line)) {
    current = null;
    continue;
  }
  const property = /^ {12}"?([A-Za-z0-9_]+)"?(\??): /.exec(line);
  if (current && property) current.set(property[1], property[2] === '?');
}

const problems = [];
let checked = 0;
for (const [name, present] of Object.entries(observations)) {
  const properties = schemas.get(name);
  if (!properties) {
    problems.push(`${name}: no such type in ${typesFile}`);
    continue;
  }
  for (const property of present) {
    checked++;
    if (!properties.has(property)) problems.push(`${name}.${property}: missing from the type`);
    else if (properties.get(property)) problems.push(`${name}.${property}: optional, but every answer has it`);
  }
}
problems.forEach((problem) => console.error(`openapi-typescript: ${problem}`));
console.log(`openapi-typescript: ${checked} always-present properties of ${Object.keys(observations).length} schemas checked, ${problems.length} optional or missing`);
process.exit(problems.length === 0 ? 0 : 1);
