// src/entry/schema-check.ts
async function loadSchemaCheck() {
  return (await import("./schema-ARU7QOBS.js")).validateSchema;
}

export {
  loadSchemaCheck
};
//# sourceMappingURL=chunk-GQWSSHEM.js.map
