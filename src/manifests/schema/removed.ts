/**
 * apiVersions Kubernetes no longer serves (the deprecated API migration guide), by apiVersion and
 * kind: in which release they went, what to use instead, and what else changes with the move.
 */
export interface RemovedApi {
  removedIn: string;
  /** The apiVersion to use, or '' when the kind is gone altogether. */
  use: string;
  /** What besides apiVersion has to change, when something does. */
  note?: string;
}

const INGRESS_NOTE =
  'the spec changed too: backend.serviceName/servicePort became backend.service.name/port.number (or port.name), ' +
  'and every path needs a pathType';

function all(kinds: string[], removed: RemovedApi): Record<string, RemovedApi> {
  return Object.fromEntries(kinds.map((kind) => [kind, removed]));
}

const APPS_WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'];

export const REMOVED_APIS: Readonly<Record<string, Readonly<Record<string, RemovedApi>>>> = {
  'extensions/v1beta1': {
    ...all(['Deployment', 'DaemonSet', 'ReplicaSet'], {
      removedIn: '1.16',
      use: 'apps/v1',
      note: 'apps/v1 requires spec.selector, and it must match the template labels',
    }),
    NetworkPolicy: { removedIn: '1.16', use: 'networking.k8s.io/v1' },
    PodSecurityPolicy: {
      removedIn: '1.16',
      use: '',
      note: 'PodSecurityPolicy is gone since 1.25: use Pod Security Admission (pod-security.kubernetes.io/* namespace labels)',
    },
    Ingress: { removedIn: '1.22', use: 'networking.k8s.io/v1', note: INGRESS_NOTE },
  },
  'apps/v1beta1': all(APPS_WORKLOADS, {
    removedIn: '1.16',
    use: 'apps/v1',
    note: 'apps/v1 requires spec.selector, and it must match the template labels',
  }),
  'apps/v1beta2': all(APPS_WORKLOADS, {
    removedIn: '1.16',
    use: 'apps/v1',
    note: 'apps/v1 requires spec.selector, and it must match the template labels',
  }),
  'networking.k8s.io/v1beta1': {
    Ingress: { removedIn: '1.22', use: 'networking.k8s.io/v1', note: INGRESS_NOTE },
    IngressClass: { removedIn: '1.22', use: 'networking.k8s.io/v1' },
  },
  'admissionregistration.k8s.io/v1beta1': all(
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    {
      removedIn: '1.22',
      use: 'admissionregistration.k8s.io/v1',
      note: 'v1 requires webhooks[].sideEffects and webhooks[].admissionReviewVersions',
    },
  ),
  'apiextensions.k8s.io/v1beta1': {
    CustomResourceDefinition: {
      removedIn: '1.22',
      use: 'apiextensions.k8s.io/v1',
      note: 'v1 needs a structural schema per version (spec.versions[].schema.openAPIV3Schema)',
    },
  },
  'apiregistration.k8s.io/v1beta1': { APIService: { removedIn: '1.22', use: 'apiregistration.k8s.io/v1' } },
  'authentication.k8s.io/v1beta1': { TokenReview: { removedIn: '1.22', use: 'authentication.k8s.io/v1' } },
  'authorization.k8s.io/v1beta1': all(
    ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    { removedIn: '1.22', use: 'authorization.k8s.io/v1' },
  ),
  'certificates.k8s.io/v1beta1': {
    CertificateSigningRequest: {
      removedIn: '1.22',
      use: 'certificates.k8s.io/v1',
      note: 'v1 requires spec.signerName',
    },
  },
  'coordination.k8s.io/v1beta1': { Lease: { removedIn: '1.22', use: 'coordination.k8s.io/v1' } },
  'rbac.authorization.k8s.io/v1beta1': all(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], {
    removedIn: '1.22',
    use: 'rbac.authorization.k8s.io/v1',
  }),
  'scheduling.k8s.io/v1beta1': { PriorityClass: { removedIn: '1.22', use: 'scheduling.k8s.io/v1' } },
  'storage.k8s.io/v1beta1': {
    ...all(['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], {
      removedIn: '1.22',
      use: 'storage.k8s.io/v1',
    }),
    CSIStorageCapacity: { removedIn: '1.27', use: 'storage.k8s.io/v1' },
  },
  'batch/v1beta1': { CronJob: { removedIn: '1.25', use: 'batch/v1' } },
  'batch/v2alpha1': { CronJob: { removedIn: '1.21', use: 'batch/v1' } },
  'discovery.k8s.io/v1beta1': {
    EndpointSlice: {
      removedIn: '1.25',
      use: 'discovery.k8s.io/v1',
      note: 'topology became endpoints[].zone / nodeName / hints',
    },
  },
  'events.k8s.io/v1beta1': { Event: { removedIn: '1.25', use: 'events.k8s.io/v1' } },
  'autoscaling/v2beta1': {
    HorizontalPodAutoscaler: {
      removedIn: '1.25',
      use: 'autoscaling/v2',
      note: 'metric targets moved under target (type, averageUtilization, averageValue, value)',
    },
  },
  'autoscaling/v2beta2': { HorizontalPodAutoscaler: { removedIn: '1.26', use: 'autoscaling/v2' } },
  'policy/v1beta1': {
    PodDisruptionBudget: {
      removedIn: '1.25',
      use: 'policy/v1',
      note: 'in policy/v1 an empty spec.selector selects every pod of the namespace',
    },
    PodSecurityPolicy: {
      removedIn: '1.25',
      use: '',
      note: 'use Pod Security Admission (pod-security.kubernetes.io/* namespace labels)',
    },
  },
  'node.k8s.io/v1beta1': { RuntimeClass: { removedIn: '1.25', use: 'node.k8s.io/v1' } },
  'flowcontrol.apiserver.k8s.io/v1beta1': all(['FlowSchema', 'PriorityLevelConfiguration'], {
    removedIn: '1.26',
    use: 'flowcontrol.apiserver.k8s.io/v1',
  }),
  'flowcontrol.apiserver.k8s.io/v1beta2': all(['FlowSchema', 'PriorityLevelConfiguration'], {
    removedIn: '1.29',
    use: 'flowcontrol.apiserver.k8s.io/v1',
  }),
  'flowcontrol.apiserver.k8s.io/v1beta3': all(['FlowSchema', 'PriorityLevelConfiguration'], {
    removedIn: '1.32',
    use: 'flowcontrol.apiserver.k8s.io/v1',
  }),
};
