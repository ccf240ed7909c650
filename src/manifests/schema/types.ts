/** What the precompiled ajv validators of kubernetes-models look like at run time. */
export interface SchemaError {
  /** JSON pointer into the validated object: "/spec/template/spec/containers/0/image". */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
