/**
 * The sts-* rules: each on a manifest it must report (at the exact line and column) and on correct
 * manifests it must leave alone, plus real-world StatefulSets (test/fixtures/sts, see its README).
 * Lines and columns below are counted by hand from the YAML texts (both 1-based).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBundle } from '../../src/manifests/bundle.js';
import { DEFAULT_RULE_OPTIONS, runRules } from '../../src/manifests/engine.js';
import { loadText } from '../../src/manifests/load.js';
import { rule as affinitySelectorSelfMismatch } from '../../src/manifests/rules/sts-affinity-selector-self-mismatch.js';
import { rule as noPdb } from '../../src/manifests/rules/sts-no-pdb.js';
import { rule as noSpread } from '../../src/manifests/rules/sts-no-spread.js';
import { rule as orderedReadyNoProbe } from '../../src/manifests/rules/sts-ordered-ready-no-probe.js';
import { rule as pdbBlocksEviction } from '../../src/manifests/rules/sts-pdb-blocks-eviction.js';
import { rule as selectorMismatch } from '../../src/manifests/rules/sts-selector-mismatch.js';
import { rule as serviceMissing } from '../../src/manifests/rules/sts-service-missing.js';
import { rule as serviceNotHeadless } from '../../src/manifests/rules/sts-service-not-headless.js';
import { rule as serviceSelectorMismatch } from '../../src/manifests/rules/sts-service-selector-mismatch.js';
import { rule as specInvalid } from '../../src/manifests/rules/sts-spec-invalid.js';
import { parseMilli } from '../../src/k8s/quantity.js';
import { rule as vctStorageMissing } from '../../src/manifests/rules/sts-vct-storage-missing.js';
import { rule as volumeMountUnresolved } from '../../src/manifests/rules/sts-volume-mount-unresolved.js';
import type { Rule } from '../../src/manifests/types.js';
import { runRule, type RuleFinding } from '../support/manifests.js';

const ALL_RULES: Rule[] = [
  selectorMismatch,
  serviceMissing,
  serviceNotHeadless,
  serviceSelectorMismatch,
  volumeMountUnresolved,
  vctStorageMissing,
  specInvalid,
  noPdb,
  pdbBlocksEviction,
  noSpread,
  affinitySelectorSelfMismatch,
  orderedReadyNoProbe,
];

/** "line:column" of each finding, in the order reported. */
const at = (findings: { line: number; column: number }[]) => findings.map((f) => `${f.line}:${f.column}`);

/** Replaces exactly one whole line of `text` (keeps every line number). */
function withLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) throw new Error(`no line ${line}`);
  lines[line - 1] = replacement;
  return lines.join('\n');
}

// A correct bundle: headless Service, PodDisruptionBudget, and a StatefulSet with anti-affinity,
// a readiness probe, a pod volume and a claim template. Line numbers are on the left.
const GOOD = [
  /*  1 */ 'apiVersion: v1',
  /*  2 */ 'kind: Service',
  /*  3 */ 'metadata:',
  /*  4 */ '  name: db',
  /*  5 */ 'spec:',
  /*  6 */ '  clusterIP: None',
  /*  7 */ '  selector:',
  /*  8 */ '    app: db',
  /*  9 */ '  ports:',
  /* 10 */ '    - port: 5432',
  /* 11 */ '---',
  /* 12 */ 'apiVersion: policy/v1',
  /* 13 */ 'kind: PodDisruptionBudget',
  /* 14 */ 'metadata:',
  /* 15 */ '  name: db',
  /* 16 */ 'spec:',
  /* 17 */ '  maxUnavailable: 1',
  /* 18 */ '  selector:',
  /* 19 */ '    matchLabels:',
  /* 20 */ '      app: db',
  /* 21 */ '---',
  /* 22 */ 'apiVersion: apps/v1',
  /* 23 */ 'kind: StatefulSet',
  /* 24 */ 'metadata:',
  /* 25 */ '  name: db',
  /* 26 */ 'spec:',
  /* 27 */ '  serviceName: db',
  /* 28 */ '  replicas: 3',
  /* 29 */ '  selector:',
  /* 30 */ '    matchLabels:',
  /* 31 */ '      app: db',
  /* 32 */ '  template:',
  /* 33 */ '    metadata:',
  /* 34 */ '      labels:',
  /* 35 */ '        app: db',
  /* 36 */ '        version: "17"',
  /* 37 */ '    spec:',
  /* 38 */ '      affinity:',
  /* 39 */ '        podAntiAffinity:',
  /* 40 */ '          requiredDuringSchedulingIgnoredDuringExecution:',
  /* 41 */ '            - labelSelector:',
  /* 42 */ '                matchLabels:',
  /* 43 */ '                  app: db',
  /* 44 */ '              topologyKey: kubernetes.io/hostname',
  /* 45 */ '      containers:',
  /* 46 */ '        - name: postgres',
  /* 47 */ '          image: postgres:17',
  /* 48 */ '          readinessProbe:',
  /* 49 */ '            exec:',
  /* 50 */ '              command: [pg_isready]',
  /* 51 */ '          volumeMounts:',
  /* 52 */ '            - name: data',
  /* 53 */ '              mountPath: /var/lib/postgresql/data',
  /* 54 */ '            - name: config',
  /* 55 */ '              mountPath: /etc/postgresql',
  /* 56 */ '      volumes:',
  /* 57 */ '        - name: config',
  /* 58 */ '          configMap:',
  /* 59 */ '            name: db-config',
  /* 60 */ '  volumeClaimTemplates:',
  /* 61 */ '    - metadata:',
  /* 62 */ '        name: data',
  /* 63 */ '      spec:',
  /* 64 */ '        accessModes: [ReadWriteOnce]',
  /* 65 */ '        resources:',
  /* 66 */ '          requests:',
  /* 67 */ '            storage: 10Gi',
  '',
].join('\n');

/** GOOD without its first document (the Service): lines shift up by 11. */
const GOOD_WITHOUT_SERVICE = GOOD.split('\n').slice(11).join('\n');

describe('a correct StatefulSet bundle', () => {
  it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s reports nothing', (_id, rule) => {
    expect(runRule(rule, GOOD)).toEqual([]);
  });

  it('every rule documents itself with an example its own check reports, and a fix it does not', () => {
    for (const rule of ALL_RULES) {
      expect(rule.meta.id.startsWith('sts-')).toBe(true);
      expect(runRule(rule, rule.meta.example.bad).length).toBeGreaterThan(0);
      expect(runRule(rule, rule.meta.example.good)).toEqual([]);
    }
  });
});

describe('sts-selector-mismatch', () => {
  it('reports template labels the selector does not match, at the selector entry they fail', () => {
    const findings = runRule(selectorMismatch, withLine(GOOD, 35, '        app: database'));
    // spec.selector.matchLabels.app: "      app: db" on line 31, value at column 12.
    expect(at(findings)).toEqual(['31:12']);
    expect(findings[0]).toMatchObject({ severity: 'error', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toBe(
      'spec.selector (app=db) does not match the pod template labels (app=database,version=17): the selector ' +
        'wants app=db, the template has app=database; the API server rejects the StatefulSet',
    );
    expect(findings[0]!.hint).toContain('{app: db}');
  });

  it('evaluates matchExpressions as the API server does', () => {
    const notIn = withLine(
      withLine(GOOD, 30, '    matchExpressions:'),
      31,
      '      - { key: version, operator: NotIn, values: ["17"] }',
    );
    // The failing expression is the flow map on line 31, column 9.
    expect(at(runRule(selectorMismatch, notIn))).toEqual(['31:9']);
    const inList = withLine(
      withLine(GOOD, 30, '    matchExpressions:'),
      31,
      '      - { key: app, operator: In, values: [db, cache] }',
    );
    expect(runRule(selectorMismatch, inList)).toEqual([]);
  });

  it('reports an empty selector (the API server rejects it), at the selector', () => {
    const findings = runRule(selectorMismatch, withLine(withLine(GOOD, 30, '    matchLabels: {}'), 31, ''));
    // A mapping is placed at the key that names it: "  selector:" on line 29, column 3.
    expect(at(findings)).toEqual(['29:3']);
    expect(findings[0]!.message).toContain('spec.selector is empty');
    expect(findings[0]!.hint).toContain('(app=db,version=17)');
  });

  it('leaves malformed selector expressions to sts-spec-invalid', () => {
    const badOperator = withLine(
      withLine(GOOD, 30, '    matchExpressions:'),
      31,
      '      - { key: app, operator: Equals, values: [x] }',
    );
    expect(runRule(selectorMismatch, badOperator)).toEqual([]);
  });
});

describe('sts-service-missing', () => {
  it('reports a serviceName with no Service in a namespace that has Services, with a did-you-mean', () => {
    const findings = runRule(serviceMissing, withLine(GOOD, 27, '  serviceName: dbs'));
    expect(at(findings)).toEqual(['27:16']);
    expect(findings[0]).toMatchObject({ severity: 'error', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toBe('spec.serviceName "dbs" names no Service in namespace "default"');
    expect(findings[0]!.hint).toContain('Did you mean Service "db"?');
  });

  it('is a warning that says the Service may live outside the bundle when the namespace has no Service', () => {
    const findings = runRule(serviceMissing, GOOD_WITHOUT_SERVICE);
    expect(at(findings)).toEqual(['16:16']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.hint).toContain('may live outside the bundle');
    // --strict-references makes it the rule's own severity.
    expect(runRule(serviceMissing, GOOD_WITHOUT_SERVICE, { strictReferences: true })[0]!.severity).toBe(
      'error',
    );
  });

  it('looks in the StatefulSet namespace only', () => {
    const otherNamespace = withLine(GOOD, 4, '  name: db\n  namespace: other');
    const findings = runRule(serviceMissing, otherNamespace);
    // The Service document grew by one line, so the StatefulSet's serviceName is on line 28.
    expect(at(findings)).toEqual(['28:16']);
    expect(findings[0]!.severity).toBe('warning');
  });

  it('reports nothing when serviceName is absent or empty (optional since Kubernetes 1.33)', () => {
    expect(runRule(serviceMissing, withLine(GOOD_WITHOUT_SERVICE, 16, ''))).toEqual([]);
    expect(runRule(serviceMissing, withLine(GOOD_WITHOUT_SERVICE, 16, '  serviceName: ""'))).toEqual([]);
  });
});

describe('sts-service-not-headless', () => {
  it('reports a governing Service without clusterIP: None, on the Service', () => {
    const findings = runRule(serviceNotHeadless, withLine(GOOD, 6, '  type: ClusterIP'));
    // clusterIP is absent: the finding lands on the nearest written ancestor, the key "spec:" (line 5).
    expect(at(findings)).toEqual(['5:1']);
    expect(findings[0]).toMatchObject({ severity: 'error', resource: 'Service/default/db' });
    expect(findings[0]!.message).toContain('governs StatefulSet "db"');
    expect(findings[0]!.message).toContain('db-0.db');
  });

  it('reports a cluster IP written out at its value', () => {
    const findings = runRule(serviceNotHeadless, withLine(GOOD, 6, '  clusterIP: 10.0.0.12'));
    expect(at(findings)).toEqual(['6:14']);
    expect(findings[0]!.message).toContain('has clusterIP "10.0.0.12"');
  });

  it('ignores Services no StatefulSet names', () => {
    const unrelated = withLine(withLine(GOOD, 4, '  name: db-client'), 6, '  type: ClusterIP');
    expect(runRule(serviceNotHeadless, unrelated)).toEqual([]);
  });
});

describe('sts-service-selector-mismatch', () => {
  it('reports a governing Service that selects other pods, at its selector', () => {
    const findings = runRule(serviceSelectorMismatch, withLine(GOOD, 8, '    app: postgres'));
    // "  selector:" on line 7.
    expect(at(findings)).toEqual(['7:3']);
    expect(findings[0]).toMatchObject({ severity: 'error', resource: 'Service/default/db' });
    expect(findings[0]!.message).toContain(
      '(app=postgres) does not match the pod labels (app=db,version=17)',
    );
    expect(findings[0]!.hint).toContain('{app: db}');
  });

  it('reports a governing Service without a selector', () => {
    const findings = runRule(serviceSelectorMismatch, withLine(withLine(GOOD, 7, ''), 8, ''));
    // spec.selector is absent: the nearest written ancestor is "spec:" on line 5.
    expect(at(findings)).toEqual(['5:1']);
    expect(findings[0]!.message).toContain('has no selector');
  });

  it('accepts a selector that is a subset of the pod labels', () => {
    expect(runRule(serviceSelectorMismatch, withLine(GOOD, 8, '    version: "17"'))).toEqual([]);
  });
});

describe('sts-volume-mount-unresolved', () => {
  it('reports a mount that is neither a volume nor a claim template, at its name', () => {
    const findings = runRule(volumeMountUnresolved, withLine(GOOD, 52, '            - name: dta'));
    expect(at(findings)).toEqual(['52:21']);
    expect(findings[0]!.message).toContain('container "postgres" mounts volume "dta"');
    expect(findings[0]!.hint).toContain('Did you mean "data"?');
  });

  it('checks init containers and volumeDevices too; claim templates and pod volumes both resolve', () => {
    const yaml = [
      /*  1 */ 'apiVersion: apps/v1',
      /*  2 */ 'kind: StatefulSet',
      /*  3 */ 'metadata: { name: db }',
      /*  4 */ 'spec:',
      /*  5 */ '  selector: { matchLabels: { app: db } }',
      /*  6 */ '  template:',
      /*  7 */ '    metadata: { labels: { app: db } }',
      /*  8 */ '    spec:',
      /*  9 */ '      initContainers:',
      /* 10 */ '        - name: init',
      /* 11 */ '          image: busybox',
      /* 12 */ '          volumeMounts: [{ name: data, mountPath: /d }, { name: scratch, mountPath: /s }]',
      /* 13 */ '      containers:',
      /* 14 */ '        - name: db',
      /* 15 */ '          image: postgres:17',
      /* 16 */ '          volumeDevices:',
      /* 17 */ '            - { name: raw, devicePath: /dev/xvda }',
      /* 18 */ '  volumeClaimTemplates:',
      /* 19 */ '    - metadata: { name: data }',
      /* 20 */ '      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }',
      '',
    ].join('\n');
    const findings = runRule(volumeMountUnresolved, yaml);
    // Line 12: "scratch" starts at column 65 (after 10 spaces, "volumeMounts: [{ name: data, mountPath: /d },
    // { name: "); line 17: "raw" at column 23 (after 12 spaces and "- { name: ").
    expect(at(findings)).toEqual(['12:65', '17:23']);
    expect(findings[0]!.message).toContain('init container "init" mounts volume "scratch"');
    expect(findings[1]!.message).toContain('container "db" mounts volume "raw"');
  });
});

describe('sts-vct-storage-missing', () => {
  it('reports a claim template without a storage request, at its requests', () => {
    const findings = runRule(vctStorageMissing, withLine(GOOD, 67, '            cpu: "1"'));
    // "          requests:" on line 66.
    expect(at(findings)).toEqual(['66:11']);
    expect(findings[0]!.message).toBe(
      'volumeClaimTemplate "data" requests no storage (spec.resources.requests.storage is missing)',
    );
  });

  it('reports a claim template without resources at the nearest written field', () => {
    const findings = runRule(vctStorageMissing, withLine(withLine(withLine(GOOD, 65, ''), 66, ''), 67, ''));
    // The claim template's "      spec:" on line 63.
    expect(at(findings)).toEqual(['63:7']);
  });

  it.each([
    ['0', 'must be greater than zero'],
    ['10 GB', 'is not a quantity'],
    ['-1Gi', 'must be greater than zero'],
  ])('reports storage %s at its value', (value, complaint) => {
    const findings = runRule(vctStorageMissing, withLine(GOOD, 67, `            storage: ${value}`));
    expect(at(findings)).toEqual(['67:22']);
    expect(findings[0]!.message).toContain(complaint);
  });

  // The rules read storage with the one quantity parser (milli-units, exact): 1 byte is 1000n.
  it('reads quantities as Kubernetes writes them', () => {
    expect(parseMilli('10Gi')).toBe(10n * 2n ** 30n * 1000n);
    expect(parseMilli('500M')).toBe(5n * 10n ** 8n * 1000n);
    expect(parseMilli('1.5Ti')).toBe(3n * 2n ** 39n * 1000n);
    expect(parseMilli('1e3')).toBe(1000n * 1000n);
    expect(parseMilli(1073741824)).toBe(2n ** 30n * 1000n);
    expect(parseMilli('10GB')).toBeUndefined();
    expect(parseMilli(' 1Gi')).toBeUndefined();
  });
});

describe('sts-spec-invalid', () => {
  const BAD = [
    /*  1 */ 'apiVersion: apps/v1',
    /*  2 */ 'kind: StatefulSet',
    /*  3 */ 'metadata:',
    /*  4 */ '  name: Web_1',
    /*  5 */ 'spec:',
    /*  6 */ '  serviceName: Nginx',
    /*  7 */ '  replicas: -1',
    /*  8 */ '  minReadySeconds: -5',
    /*  9 */ '  revisionHistoryLimit: -2',
    /* 10 */ '  podManagementPolicy: parallel',
    /* 11 */ '  updateStrategy:',
    /* 12 */ '    type: RollingUpdate',
    /* 13 */ '    rollingUpdate:',
    /* 14 */ '      partition: -1',
    /* 15 */ '      maxUnavailable: 0%',
    /* 16 */ '  persistentVolumeClaimRetentionPolicy:',
    /* 17 */ '    whenDeleted: Keep',
    /* 18 */ '    whenScaled: Delete',
    /* 19 */ '  ordinals:',
    /* 20 */ '    start: -3',
    /* 21 */ '  selector:',
    /* 22 */ '    matchLabels:',
    /* 23 */ '      app: web',
    /* 24 */ '  template:',
    /* 25 */ '    metadata:',
    /* 26 */ '      labels:',
    /* 27 */ '        app: web',
    /* 28 */ '    spec:',
    /* 29 */ '      restartPolicy: OnFailure',
    /* 30 */ '      activeDeadlineSeconds: 60',
    /* 31 */ '      topologySpreadConstraints:',
    /* 32 */ '        - maxSkew: 0',
    /* 33 */ '          topologyKey: topology.kubernetes.io/zone',
    /* 34 */ '          whenUnsatisfiable: ScheduleAnyway',
    /* 35 */ '          minDomains: 2',
    /* 36 */ '          labelSelector:',
    /* 37 */ '            matchLabels:',
    /* 38 */ '              app: web',
    /* 39 */ '        - maxSkew: 1',
    /* 40 */ '          topologyKey: topology.kubernetes.io/zone',
    /* 41 */ '          whenUnsatisfiable: ScheduleAnyway',
    /* 42 */ '          labelSelector:',
    /* 43 */ '            matchLabels:',
    /* 44 */ '              app: web',
    /* 45 */ '        - maxSkew: 1',
    /* 46 */ '          whenUnsatisfiable: Always',
    /* 47 */ '          nodeTaintsPolicy: honor',
    /* 48 */ '      containers:',
    /* 49 */ '        - name: web',
    /* 50 */ '          image: nginx:1.27',
    /* 51 */ '  volumeClaimTemplates:',
    /* 52 */ '    - metadata:',
    /* 53 */ '        name: www',
    /* 54 */ '      spec:',
    /* 55 */ '        resources:',
    /* 56 */ '          requests:',
    /* 57 */ '            storage: 1Gi',
    '',
  ].join('\n');

  it('reports each violation on its own, at the offending value', () => {
    const findings = runRule(specInvalid, BAD);
    const byPosition = (f: RuleFinding) => `${f.line}:${f.column} ${f.message}`;
    const expected: [string, string][] = [
      ['4:9', 'metadata.name "Web_1" is not a DNS-1123 label'],
      ['6:16', 'spec.serviceName "Nginx" is not a DNS-1123 label'],
      ['7:13', 'replicas is -1; it must be greater than or equal to 0'],
      ['8:20', 'minReadySeconds is -5'],
      ['9:25', 'revisionHistoryLimit is -2'],
      ['10:24', 'spec.podManagementPolicy "parallel" is not one of OrderedReady, Parallel'],
      ['14:18', 'updateStrategy.rollingUpdate.partition is -1'],
      ['15:23', 'updateStrategy.rollingUpdate.maxUnavailable cannot be 0'],
      ['17:18', 'persistentVolumeClaimRetentionPolicy.whenDeleted "Keep" is not one of Retain, Delete'],
      ['20:12', 'ordinals.start is -3'],
      ['29:22', 'restartPolicy is "OnFailure"; StatefulSets support only Always'],
      ['30:30', 'activeDeadlineSeconds is not allowed'],
      ['32:20', 'topologySpreadConstraints[0].maxSkew is 0; it must be at least 1'],
      [
        '35:23',
        'topologySpreadConstraints[0].minDomains can only be used with whenUnsatisfiable: DoNotSchedule',
      ],
      [
        '40:24',
        'topologySpreadConstraints[1] repeats topologyKey "topology.kubernetes.io/zone" with whenUnsatisfiable ScheduleAnyway of topologySpreadConstraints[0]',
      ],
      ['45:11', 'topologySpreadConstraints[2] has no topologyKey'],
      [
        '46:30',
        'topologySpreadConstraints[2].whenUnsatisfiable "Always" is not one of DoNotSchedule, ScheduleAnyway',
      ],
      ['47:29', 'topologySpreadConstraints[2].nodeTaintsPolicy "honor" is not one of Honor, Ignore'],
      ['54:7', 'volumeClaimTemplate "www" has no accessModes'],
    ];
    const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
    expect(sorted.map((f) => `${f.line}:${f.column}`)).toEqual(expected.map(([position]) => position));
    sorted.forEach((finding, index) => expect(byPosition(finding)).toContain(expected[index]![1]));
    expect(findings.every((f) => f.severity === 'error' && f.hint.length > 0)).toBe(true);
  });

  it('checks the update strategy types and maxUnavailable forms', () => {
    const strategy = (lines: string[]) =>
      [
        'apiVersion: apps/v1',
        'kind: StatefulSet',
        'metadata: { name: web }',
        'spec:',
        '  selector: { matchLabels: { app: web } }',
        '  template: { metadata: { labels: { app: web } }, spec: { containers: [{ name: web, image: nginx }] } }',
        '  updateStrategy:',
        ...lines,
        '',
      ].join('\n');
    // Lines 1-7 are the fixed head; the strategy starts on line 8.
    const onDelete = runRule(
      specInvalid,
      strategy(['    type: OnDelete', '    rollingUpdate: { partition: 1 }']),
    );
    // "    rollingUpdate:" on line 9.
    expect(at(onDelete)).toEqual(['9:5']);
    expect(onDelete[0]!.message).toContain('only allowed with type RollingUpdate');
    expect(at(runRule(specInvalid, strategy(['    type: Rolling'])))).toEqual(['8:11']);
    const maxUnavailable = (value: string) =>
      runRule(specInvalid, strategy(['    rollingUpdate:', `      maxUnavailable: ${value}`])).map(
        (f) => f.message,
      );
    expect(maxUnavailable('"1"')[0]).toContain('"1" is neither an integer nor a percentage');
    expect(maxUnavailable('0')[0]).toContain('cannot be 0');
    expect(maxUnavailable('-2')[0]).toContain('-2 is negative');
    expect(maxUnavailable('150%')[0]).toContain('150% is greater than 100%');
    expect(maxUnavailable('2')).toEqual([]);
    expect(maxUnavailable('25%')).toEqual([]);
    expect(maxUnavailable('100%')).toEqual([]);
  });

  it('reports names longer than 52 characters (the pod revision label would exceed 63)', () => {
    const name52 = 'a'.repeat(52);
    const withName = (name: string) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n  selector: { matchLabels: { app: a } }\n  template: { metadata: { labels: { app: a } }, spec: { containers: [{ name: a, image: a }] } }\n`;
    expect(runRule(specInvalid, withName(name52))).toEqual([]);
    const findings = runRule(specInvalid, withName(`${name52}b`));
    expect(at(findings)).toEqual(['4:9']);
    expect(findings[0]!.message).toContain('53 characters long');
  });

  it("reports malformed selector expressions (an empty selector is sts-selector-mismatch's)", () => {
    expect(runRule(specInvalid, withLine(withLine(GOOD, 30, '    matchLabels: {}'), 31, ''))).toEqual([]);
    const badOperator = runRule(
      specInvalid,
      withLine(
        withLine(GOOD, 30, '    matchExpressions:'),
        31,
        '      - { key: app, operator: Equals, values: [x] }',
      ),
    );
    // "      - { key: app, operator: " is 30 characters: the operator value is at column 31.
    expect(at(badOperator)).toEqual(['31:31']);
    expect(badOperator[0]!.message).toContain(
      'operator "Equals" is not one of In, NotIn, Exists, DoesNotExist',
    );
  });

  it('reports affinity terms without a topologyKey and preferred weights outside 1..100', () => {
    const noKey = withLine(GOOD, 44, '              topologyKey: ""');
    expect(at(runRule(specInvalid, noKey))).toEqual(['44:28']);
    const preferred = [
      /*  1 */ 'apiVersion: apps/v1',
      /*  2 */ 'kind: StatefulSet',
      /*  3 */ 'metadata: { name: db }',
      /*  4 */ 'spec:',
      /*  5 */ '  selector: { matchLabels: { app: db } }',
      /*  6 */ '  template:',
      /*  7 */ '    metadata: { labels: { app: db } }',
      /*  8 */ '    spec:',
      /*  9 */ '      affinity:',
      /* 10 */ '        podAffinity:',
      /* 11 */ '          preferredDuringSchedulingIgnoredDuringExecution:',
      /* 12 */ '            - weight: 0',
      /* 13 */ '              podAffinityTerm: { labelSelector: { matchLabels: { app: cache } } }',
      /* 14 */ '      containers: [{ name: db, image: db }]',
      '',
    ].join('\n');
    const findings = runRule(specInvalid, preferred);
    // weight's value at column 23; podAffinityTerm (a mapping without topologyKey) at its key, column 15.
    expect(at(findings)).toEqual(['12:23', '13:15']);
    expect(findings[0]!.message).toContain(
      'podAffinity preferred term 0 has weight 0; it must be from 1 to 100',
    );
    expect(findings[1]!.message).toContain('podAffinity preferred term 0 has no podAffinityTerm.topologyKey');
  });

  it('reports claim template names missing or repeated, and unknown access modes', () => {
    const yaml = [
      /*  1 */ 'apiVersion: apps/v1',
      /*  2 */ 'kind: StatefulSet',
      /*  3 */ 'metadata: { name: db }',
      /*  4 */ 'spec:',
      /*  5 */ '  selector: { matchLabels: { app: db } }',
      /*  6 */ '  template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: db, image: db }] } }',
      /*  7 */ '  volumeClaimTemplates:',
      /*  8 */ '    - metadata: { name: data }',
      /*  9 */ '      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }',
      /* 10 */ '    - metadata: { name: data }',
      /* 11 */ '      spec: { accessModes: [ReadWriteAll], resources: { requests: { storage: 1Gi } } }',
      /* 12 */ '    - metadata: { labels: { a: b } }',
      /* 13 */ '      spec: { accessModes: [ReadWriteOncePod, ReadOnlyMany], resources: { requests: { storage: 1Gi } } }',
      '',
    ].join('\n');
    const findings = runRule(specInvalid, yaml);
    // Mappings and lists are placed at their keys: "metadata" (12:7) and "accessModes" (13:15).
    expect(at(findings)).toEqual(['10:25', '11:29', '12:7', '13:15']);
    expect(findings[0]!.message).toContain('repeats the name "data" of volumeClaimTemplates[0]');
    expect(findings[1]!.message).toContain('access mode "ReadWriteAll" is not one of');
    expect(findings[2]!.message).toContain('volumeClaimTemplates[2] has no metadata.name');
    expect(findings[3]!.message).toContain('ReadWriteOncePod cannot be combined');
  });

  it('accepts the defaults written out and empty strings the API server defaults', () => {
    const defaults = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: { name: web }',
      'spec:',
      '  serviceName: web',
      '  replicas: 0',
      '  podManagementPolicy: ""',
      '  updateStrategy: { type: RollingUpdate, rollingUpdate: { partition: 0, maxUnavailable: 1 } }',
      '  persistentVolumeClaimRetentionPolicy: { whenDeleted: Delete, whenScaled: Retain }',
      '  revisionHistoryLimit: 0',
      '  selector: { matchLabels: { app: web } }',
      '  template:',
      '    metadata: { labels: { app: web } }',
      '    spec:',
      '      restartPolicy: Always',
      '      topologySpreadConstraints:',
      '        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, minDomains: 3, labelSelector: { matchLabels: { app: web } }, matchLabelKeys: [controller-revision-hash] }',
      '        - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }',
      '      containers: [{ name: web, image: nginx }]',
      '',
    ].join('\n');
    expect(runRule(specInvalid, defaults)).toEqual([]);
  });
});

describe('sts-no-pdb', () => {
  it('reports replicas > 1 with no budget selecting the pods, at spec.replicas', () => {
    const findings = runRule(noPdb, withLine(GOOD, 20, '      app: other'));
    expect(at(findings)).toEqual(['28:13']);
    expect(findings[0]).toMatchObject({ severity: 'warning', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toContain('3 replicas and no PodDisruptionBudget in namespace "default"');
    expect(findings[0]!.hint).toContain('selector.matchLabels {app: db} and maxUnavailable: 1');
  });

  it('reports nothing for one replica, or replicas left to the default', () => {
    const noBudget = withLine(GOOD, 20, '      app: other');
    expect(runRule(noPdb, withLine(noBudget, 28, '  replicas: 1'))).toEqual([]);
    expect(runRule(noPdb, withLine(noBudget, 28, ''))).toEqual([]);
  });

  it('reads budget selectors per API version: policy/v1 {} selects all pods, policy/v1beta1 {} none', () => {
    const emptySelector = withLine(withLine(GOOD, 19, '    matchLabels: {}'), 20, '');
    expect(runRule(noPdb, emptySelector)).toEqual([]);
    expect(at(runRule(noPdb, withLine(emptySelector, 12, 'apiVersion: policy/v1beta1')))).toEqual(['28:13']);
  });

  it('does not count a budget of another namespace', () => {
    expect(at(runRule(noPdb, withLine(GOOD, 15, '  name: db\n  namespace: other')))).toEqual(['29:13']);
  });
});

describe('sts-pdb-blocks-eviction', () => {
  it.each([
    ['  maxUnavailable: 0', '17:19', 'maxUnavailable: 0 allows no pod to be evicted'],
    ['  maxUnavailable: 0%', '17:19', 'maxUnavailable: 0% allows no pod to be evicted'],
    ['  minAvailable: 3', '17:17', 'minAvailable: 3 equals the 3 pods it covers'],
    ['  minAvailable: 5', '17:17', 'minAvailable: 5 exceeds the 3 pods it covers'],
    ['  minAvailable: 100%', '17:17', 'minAvailable: 100% of 3 pods rounds up to 3'],
    // ceil(67 x 3 / 100) = ceil(2.01) = 3: the disruption controller rounds percentages up.
    ['  minAvailable: 67%', '17:17', 'minAvailable: 67% of 3 pods rounds up to 3'],
  ])('%s blocks every eviction', (line, position, reason) => {
    const findings = runRule(pdbBlocksEviction, withLine(GOOD, 17, line));
    expect(at(findings)).toEqual([position]);
    expect(findings[0]).toMatchObject({ severity: 'warning', resource: 'PodDisruptionBudget/default/db' });
    expect(findings[0]!.message).toContain(reason);
    expect(findings[0]!.message).toContain('covers StatefulSet "db"');
  });

  it.each([
    '  maxUnavailable: 1',
    '  maxUnavailable: 1%', // ceil(0.03) = 1 pod may go
    '  minAvailable: 2',
    '  minAvailable: 66%', // ceil(1.98) = 2 of 3
  ])('%s allows an eviction', (line) => {
    expect(runRule(pdbBlocksEviction, withLine(GOOD, 17, line))).toEqual([]);
  });

  it('counts the pods of every workload the budget selects', () => {
    // minAvailable 3 over the StatefulSet's 3 pods and a Deployment's 2: 2 may go.
    const deployment = [
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: db-proxy }',
      'spec:',
      '  replicas: 2',
      '  selector: { matchLabels: { app: db, role: proxy } }',
      '  template:',
      '    metadata: { labels: { app: db, role: proxy } }',
      '    spec: { containers: [{ name: proxy, image: pgbouncer }] }',
      '',
    ].join('\n');
    expect(runRule(pdbBlocksEviction, withLine(GOOD, 17, '  minAvailable: 3') + deployment)).toEqual([]);
    // With a DaemonSet among them the count is unknown: no guess.
    const daemonSet = deployment
      .replace('kind: Deployment', 'kind: DaemonSet')
      .replace('  replicas: 2\n', '');
    expect(runRule(pdbBlocksEviction, withLine(GOOD, 17, '  minAvailable: 5') + daemonSet)).toEqual([]);
  });

  it('reports pods selected by two budgets (the eviction API refuses them), on the StatefulSet', () => {
    const second = [
      '---',
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata: { name: db-extra }',
      'spec: { maxUnavailable: 1, selector: { matchLabels: { version: "17" } } }',
      '',
    ].join('\n');
    const findings = runRule(pdbBlocksEviction, GOOD + second);
    // The pod template's "      labels:" on line 34.
    expect(at(findings)).toEqual(['34:7']);
    expect(findings[0]).toMatchObject({ resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toContain('2 PodDisruptionBudgets ("db", "db-extra")');
  });

  it('reports minAvailable 1 over a single replica (drains hang on it)', () => {
    const single = withLine(withLine(GOOD, 17, '  minAvailable: 1'), 28, '  replicas: 1');
    expect(at(runRule(pdbBlocksEviction, single))).toEqual(['17:17']);
    expect(
      runRule(pdbBlocksEviction, withLine(withLine(GOOD, 17, '  minAvailable: 1'), 28, '  replicas: 0')),
    ).toEqual([]);
  });
});

describe('sts-no-spread', () => {
  it('reports replicas > 1 with neither podAntiAffinity nor topologySpreadConstraints', () => {
    // podAffinity attracts pods to each other: it does not spread them.
    const findings = runRule(noSpread, withLine(GOOD, 39, '        podAffinity:'));
    expect(at(findings)).toEqual(['28:13']);
    expect(findings[0]).toMatchObject({ severity: 'warning', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toContain(
      '3 replicas with neither podAntiAffinity nor topologySpreadConstraints',
    );
    expect(findings[0]!.hint).toContain('labelSelector.matchLabels {app: db}');
  });

  it('accepts topologySpreadConstraints, and a hostPort (one pod per node by construction)', () => {
    const spread = withLine(
      withLine(GOOD, 38, '      topologySpreadConstraints:'),
      39,
      '        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: db } } }\n      affinity:\n        podAffinity:',
    );
    expect(runRule(noSpread, spread)).toEqual([]);
    const hostPort = withLine(
      withLine(GOOD, 39, '        podAffinity:'),
      47,
      '          image: postgres:17\n          ports: [{ containerPort: 5432, hostPort: 5432 }]',
    );
    expect(runRule(noSpread, hostPort)).toEqual([]);
  });

  it('says nothing for a single replica', () => {
    expect(
      runRule(noSpread, withLine(withLine(GOOD, 39, '        podAffinity:'), 28, '  replicas: 1')),
    ).toEqual([]);
  });
});

describe('sts-affinity-selector-self-mismatch', () => {
  it('reports an anti-affinity selector that matches neither the pods nor anything else, at the selector', () => {
    const findings = runRule(
      affinitySelectorSelfMismatch,
      withLine(GOOD, 43, '                  app: postgres'),
    );
    // "            - labelSelector:" on line 41: the key is at column 15.
    expect(at(findings)).toEqual(['41:15']);
    expect(findings[0]).toMatchObject({ severity: 'warning', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toContain(
      'podAntiAffinity required term 0 selects app=postgres, which matches none of the pod labels (app=db,version=17)',
    );
    expect(findings[0]!.hint).toContain('labelSelector.matchLabels {app: db}');
  });

  it('accepts anti-affinity aimed at another workload of the namespace (keeping away from it)', () => {
    const cache = [
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: cache }',
      'spec:',
      '  selector: { matchLabels: { app: postgres } }',
      '  template: { metadata: { labels: { app: postgres } }, spec: { containers: [{ name: c, image: c }] } }',
      '',
    ].join('\n');
    expect(
      runRule(affinitySelectorSelfMismatch, withLine(GOOD, 43, '                  app: postgres') + cache),
    ).toEqual([]);
  });

  it('skips terms that look into other namespaces or use mismatchLabelKeys', () => {
    const otherNs = withLine(
      GOOD,
      44,
      '              topologyKey: kubernetes.io/hostname\n              namespaces: [cache]',
    );
    expect(
      runRule(affinitySelectorSelfMismatch, withLine(otherNs, 43, '                  app: postgres')),
    ).toEqual([]);
    const anyNs = withLine(
      GOOD,
      44,
      '              topologyKey: kubernetes.io/hostname\n              namespaceSelector: {}',
    );
    expect(
      runRule(affinitySelectorSelfMismatch, withLine(anyNs, 43, '                  app: postgres')),
    ).toEqual([]);
  });

  it('checks preferred terms and spread constraints, and a missing labelSelector', () => {
    const yaml = [
      /*  1 */ 'apiVersion: apps/v1',
      /*  2 */ 'kind: StatefulSet',
      /*  3 */ 'metadata: { name: kafka }',
      /*  4 */ 'spec:',
      /*  5 */ '  replicas: 3',
      /*  6 */ '  selector: { matchLabels: { app.kubernetes.io/name: kafka } }',
      /*  7 */ '  template:',
      /*  8 */ '    metadata: { labels: { app.kubernetes.io/name: kafka } }',
      /*  9 */ '    spec:',
      /* 10 */ '      affinity:',
      /* 11 */ '        podAntiAffinity:',
      /* 12 */ '          preferredDuringSchedulingIgnoredDuringExecution:',
      /* 13 */ '            - weight: 100',
      /* 14 */ '              podAffinityTerm:',
      /* 15 */ '                labelSelector: { matchLabels: { app: kafka } }',
      /* 16 */ '                topologyKey: kubernetes.io/hostname',
      /* 17 */ '      topologySpreadConstraints:',
      /* 18 */ '        - maxSkew: 1',
      /* 19 */ '          topologyKey: topology.kubernetes.io/zone',
      /* 20 */ '          whenUnsatisfiable: DoNotSchedule',
      /* 21 */ '        - maxSkew: 1',
      /* 22 */ '          topologyKey: kubernetes.io/hostname',
      /* 23 */ '          whenUnsatisfiable: ScheduleAnyway',
      /* 24 */ '          labelSelector: { matchExpressions: [{ key: app.kubernetes.io/name, operator: Exists }] }',
      /* 25 */ '      containers: [{ name: kafka, image: kafka }]',
      '',
    ].join('\n');
    const findings = runRule(affinitySelectorSelfMismatch, yaml);
    // "labelSelector:" on line 15 starts at column 17.
    // The first spread constraint has no labelSelector: reported at the constraint (line 18, column 11).
    expect(at(findings)).toEqual(['15:17', '18:11']);
    expect(findings[0]!.message).toContain('podAntiAffinity preferred term 0 selects app=kafka');
    expect(findings[1]!.message).toContain(
      'topologySpreadConstraints[0] has no labelSelector, so it matches no pods',
    );
  });
});

describe('sts-ordered-ready-no-probe', () => {
  it('reports OrderedReady (the default) with more than one replica and no readinessProbe, at the container', () => {
    const findings = runRule(orderedReadyNoProbe, withLine(GOOD, 48, '          livenessProbe:'));
    expect(at(findings)).toEqual(['46:17']);
    expect(findings[0]).toMatchObject({ severity: 'info', resource: 'StatefulSet/default/db' });
    expect(findings[0]!.message).toContain(
      'OrderedReady pod management (the default) but no container has a readinessProbe',
    );
    expect(findings[0]!.hint).toContain('container "postgres"');
  });

  it('accepts Parallel, a single replica, and a startupProbe', () => {
    const noProbe = withLine(GOOD, 48, '          livenessProbe:');
    expect(runRule(orderedReadyNoProbe, withLine(noProbe, 27, '  podManagementPolicy: Parallel'))).toEqual(
      [],
    );
    expect(runRule(orderedReadyNoProbe, withLine(noProbe, 28, '  replicas: 1'))).toEqual([]);
    expect(runRule(orderedReadyNoProbe, withLine(GOOD, 48, '          startupProbe:'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Real-world manifests (test/fixtures/sts/README.md names their sources)

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sts');

/** Loads files (relative to the fixtures folder) as one bundle and runs one rule on it. */
function runOnFiles(rule: Rule, files: string[]) {
  const resources = files.flatMap(
    (file) =>
      loadText(readFileSync(join(FIXTURES, file), 'utf8'), file, { defaultNamespace: 'default' }).resources,
  );
  return runRules(createBundle(resources, 'default'), {
    rules: [rule],
    ruleOptions: DEFAULT_RULE_OPTIONS,
    overrides: {},
  }).map((f) => `${f.file}:${f.line}:${f.column}`);
}

const EXAMPLES = readdirSync(join(FIXTURES, 'kubernetes-examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `kubernetes-examples/${name}`);
const CASSANDRA_STS = 'kubernetes-examples/databases_cassandra_cassandra-statefulset.yaml';
const MINIO_STS = 'kubernetes-examples/_archived_storage_minio_minio-distributed-statefulset.yaml';
const COCKROACH = 'kubernetes-examples/_archived_cockroachdb_cockroachdb-statefulset.yaml';
const WEB = 'kubernetes-website/web.yaml';
const ZOOKEEPER = 'kubernetes-website/zookeeper.yaml';

// Every finding the sts rules should make on the corpus, by rule; any other finding is a false positive.
const EXPECTED: Record<string, { examples: string[]; web: string[]; zookeeper: string[] }> = {
  // cassandra (3 replicas, line 9) and minio (4, line 12) have no budget; cockroachdb has one.
  'sts-no-pdb': {
    examples: [`${CASSANDRA_STS}:9:13`, `${MINIO_STS}:12:13`],
    web: [`${WEB}:21:13`],
    zookeeper: [],
  },
  // cassandra has nothing that spreads; minio binds hostPort 9000 (one pod per node); cockroachdb
  // has a preferred anti-affinity on its own label.
  'sts-no-spread': { examples: [`${CASSANDRA_STS}:9:13`], web: [`${WEB}:21:13`], zookeeper: [] },
  // cockroachdb-budget: minAvailable 67% of 3 pods = ceil(2.01) = 3, so disruptionsAllowed is 0.
  'sts-pdb-blocks-eviction': { examples: [`${COCKROACH}:67:17`], web: [], zookeeper: [] },
  // The pods are labelled app.kubernetes.io/name=zk; the anti-affinity selects app in (zk):
  // "            - labelSelector:" on line 61, the key at column 15.
  'sts-affinity-selector-self-mismatch': { examples: [], web: [], zookeeper: [`${ZOOKEEPER}:61:15`] },
  // minio and cockroachdb (OrderedReady by default) have no readiness probe; cassandra has one.
  'sts-ordered-ready-no-probe': {
    examples: [`${COCKROACH}:127:15`, `${MINIO_STS}:19:15`],
    web: [`${WEB}:31:15`],
    zookeeper: [],
  },
};

describe('real-world StatefulSets', () => {
  const cases = ALL_RULES.map((rule) => [rule.meta.id, rule] as const);

  it.each(cases)('%s on kubernetes-examples (one bundle)', (id, rule) => {
    expect(runOnFiles(rule, EXAMPLES).sort()).toEqual([...(EXPECTED[id]?.examples ?? [])].sort());
  });

  it.each(cases)('%s on kubernetes-website/web.yaml', (id, rule) => {
    expect(runOnFiles(rule, [WEB])).toEqual(EXPECTED[id]?.web ?? []);
  });

  it.each(cases)('%s on kubernetes-website/zookeeper.yaml', (id, rule) => {
    expect(runOnFiles(rule, [ZOOKEEPER])).toEqual(EXPECTED[id]?.zookeeper ?? []);
  });

  it('the cassandra headless Service governs its StatefulSet: no sts-service-* finding even on its own', () => {
    const cassandra = [CASSANDRA_STS, 'kubernetes-examples/databases_cassandra_cassandra-service.yaml'];
    for (const rule of [serviceMissing, serviceNotHeadless, serviceSelectorMismatch]) {
      expect(runOnFiles(rule, cassandra)).toEqual([]);
    }
    // Without its Service file, the namespace has no Service at all: a warning, not an error.
    expect(runRule(serviceMissing, readFileSync(join(FIXTURES, CASSANDRA_STS), 'utf8'))).toMatchObject([
      { severity: 'warning', line: 8, column: 16 },
    ]);
  });
});
