// Validates every Camunda Modeler element template in the given folder against the Camunda 7
// element template JSON schema (@camunda/element-templates-json-schema, through
// @bpmn-io/element-templates-validator); exits with 1 on any error. Run by ./mvnw verify.
const fs = require('node:fs');
const path = require('node:path');
const { validate, getSchemaVersion } = require('@bpmn-io/element-templates-validator');

const folder = process.argv[2] || 'element-templates';
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no element templates in ${folder}`);
  process.exit(1);
}
let failed = false;
for (const name of files) {
  const file = path.join(folder, name);
  const text = fs.readFileSync(file, 'utf8');
  const parsed = JSON.parse(text);
  // a file of one template is validated as written, so that the errors point at its lines
  const templates = Array.isArray(parsed) ? parsed : [text];
  for (const template of templates) {
    const { valid, errors, object } = validate(template);
    if (!valid) {
      failed = true;
      for (const error of errors) {
        const line = error.dataPointer && error.dataPointer.value ? `:${error.dataPointer.value.line + 1}` : '';
        console.error(`${file}${line}: ${(object && object.id) || '?'}: ${error.message}`);
      }
    }
  }
}
console.log(`${files.length} element template file(s) checked against schema ${getSchemaVersion()}: ${failed ? 'errors' : 'valid'}`);
process.exit(failed ? 1 : 0);
