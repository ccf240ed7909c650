/**
 * object-label-invalid on hand-written manifests, and the label syntax of k8s/names.ts. Lines are
 * counted by hand: line 1 is the first line after the opening backtick; a finding on a scalar label
 * value sits at the value.
 */
import { labelKeyProblem, labelValueProblem } from '../../src/k8s/names.js';
import { rule } from '../../src/manifests/rules/object-label-invalid.js';
import { runRule } from '../support/manifests.js';

const doc = (text: string) => text.replace(/^\n/, '');

describe('label syntax', () => {
  it.each([
    ['app', undefined],
    ['app.kubernetes.io/name', undefined],
    ['example.com/team_name.v2', undefined],
    ['a/b/c', "has more than one '/' (a key is an optional prefix, '/', and a name)"],
    ['/name', "has an empty prefix before '/'"],
    [
      'Example.com/team',
      'has a prefix "Example.com" that is not a lower-case DNS subdomain (at most 253 characters)',
    ],
    ['example.com/', 'has an empty name'],
    [
      '-app',
      `has a name "-app" that is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric`,
    ],
    ['a'.repeat(64), 'has a name of 64 characters (at most 63)'],
  ])('key %j', (key, problem) => {
    expect(labelKeyProblem(key)).toBe(problem);
  });

  it.each([
    ['', undefined],
    ['v1.4.2', undefined],
    ['a'.repeat(63), undefined],
    ['a'.repeat(64), 'is 64 characters long (at most 63)'],
    [
      'web shop',
      "is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric (or empty)",
    ],
    ['web-', "is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric (or empty)"],
  ])('value %j', (value, problem) => {
    expect(labelValueProblem(value)).toBe(problem);
  });
});

describe('object-label-invalid', () => {
  const yaml = doc(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    Example.com/team: checkout
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata:
      labels:
        app: web
        release: "2026-12-07 14:00"
    spec:
      containers: [{ name: web, image: nginx }]
---
apiVersion: v1
kind: Pod
metadata:
  name: ok
  labels: { app: ok, version: "" }
spec:
  containers: [{ name: c, image: busybox }]
`);

  it("flags the object's and its pod template's labels, at the label, and nothing valid", () => {
    const findings = runRule(rule, yaml);
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        7,
        'metadata.labels key "Example.com/team" has a prefix "Example.com" that is not a lower-case DNS subdomain (at most 253 characters)',
      ],
      [
        14,
        `spec.template.metadata.labels.release value "2026-12-07 14:00" is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric (or empty)`,
      ],
    ]);
    expect(findings.every((f) => f.ruleId === 'object-label-invalid' && f.severity === 'error')).toBe(true);
    expect(findings[1]!.hint).toContain('e.g. "2026-12-07-14-00"');
  });
});
