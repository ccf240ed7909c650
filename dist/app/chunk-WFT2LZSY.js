import {
  isRecord,
  rule,
  rule2
} from "./chunk-YNQBFZTT.js";

// src/manifests/schema/kinds.ts
import { validate as IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicy } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicy.js";
import { validate as IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicyBinding } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicyBinding.js";
import { validate as IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration.js";
import { validate as IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicy } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicy.js";
import { validate as IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicyBinding } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicyBinding.js";
import { validate as IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration } from "../vendor/kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration.js";
import { validate as IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition } from "../vendor/kubernetes-models/_schemas/IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition.js";
import { validate as IoK8sKubeAggregatorPkgApisApiregistrationV1APIService } from "../vendor/kubernetes-models/_schemas/IoK8sKubeAggregatorPkgApisApiregistrationV1APIService.js";
import { validate as IoK8sApiAppsV1ControllerRevision } from "../vendor/kubernetes-models/_schemas/IoK8sApiAppsV1ControllerRevision.js";
import { validate as IoK8sApiAppsV1DaemonSet } from "../vendor/kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet.js";
import { validate as IoK8sApiAppsV1Deployment } from "../vendor/kubernetes-models/_schemas/IoK8sApiAppsV1Deployment.js";
import { validate as IoK8sApiAppsV1ReplicaSet } from "../vendor/kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet.js";
import { validate as IoK8sApiAppsV1StatefulSet } from "../vendor/kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet.js";
import { validate as IoK8sApiAuthenticationV1SelfSubjectReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthenticationV1SelfSubjectReview.js";
import { validate as IoK8sApiAuthenticationV1TokenRequest } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthenticationV1TokenRequest.js";
import { validate as IoK8sApiAuthenticationV1TokenReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthenticationV1TokenReview.js";
import { validate as IoK8sApiAuthorizationV1LocalSubjectAccessReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthorizationV1LocalSubjectAccessReview.js";
import { validate as IoK8sApiAuthorizationV1SelfSubjectAccessReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthorizationV1SelfSubjectAccessReview.js";
import { validate as IoK8sApiAuthorizationV1SelfSubjectRulesReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthorizationV1SelfSubjectRulesReview.js";
import { validate as IoK8sApiAuthorizationV1SubjectAccessReview } from "../vendor/kubernetes-models/_schemas/IoK8sApiAuthorizationV1SubjectAccessReview.js";
import { validate as IoK8sApiAutoscalingV1HorizontalPodAutoscaler } from "../vendor/kubernetes-models/_schemas/IoK8sApiAutoscalingV1HorizontalPodAutoscaler.js";
import { validate as IoK8sApiAutoscalingV1Scale } from "../vendor/kubernetes-models/_schemas/IoK8sApiAutoscalingV1Scale.js";
import { validate as IoK8sApiAutoscalingV2HorizontalPodAutoscaler } from "../vendor/kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler.js";
import { validate as IoK8sApiBatchV1CronJob } from "../vendor/kubernetes-models/_schemas/IoK8sApiBatchV1CronJob.js";
import { validate as IoK8sApiBatchV1Job } from "../vendor/kubernetes-models/_schemas/IoK8sApiBatchV1Job.js";
import { validate as IoK8sApiCertificatesV1CertificateSigningRequest } from "../vendor/kubernetes-models/_schemas/IoK8sApiCertificatesV1CertificateSigningRequest.js";
import { validate as IoK8sApiCoordinationV1Lease } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoordinationV1Lease.js";
import { validate as IoK8sApiDiscoveryV1EndpointSlice } from "../vendor/kubernetes-models/_schemas/IoK8sApiDiscoveryV1EndpointSlice.js";
import { validate as IoK8sApiEventsV1Event } from "../vendor/kubernetes-models/_schemas/IoK8sApiEventsV1Event.js";
import { validate as IoK8sApiFlowcontrolV1FlowSchema } from "../vendor/kubernetes-models/_schemas/IoK8sApiFlowcontrolV1FlowSchema.js";
import { validate as IoK8sApiFlowcontrolV1PriorityLevelConfiguration } from "../vendor/kubernetes-models/_schemas/IoK8sApiFlowcontrolV1PriorityLevelConfiguration.js";
import { validate as IoK8sApiNetworkingV1IPAddress } from "../vendor/kubernetes-models/_schemas/IoK8sApiNetworkingV1IPAddress.js";
import { validate as IoK8sApiNetworkingV1Ingress } from "../vendor/kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress.js";
import { validate as IoK8sApiNetworkingV1IngressClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiNetworkingV1IngressClass.js";
import { validate as IoK8sApiNetworkingV1NetworkPolicy } from "../vendor/kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy.js";
import { validate as IoK8sApiNetworkingV1ServiceCIDR } from "../vendor/kubernetes-models/_schemas/IoK8sApiNetworkingV1ServiceCIDR.js";
import { validate as IoK8sApiNodeV1RuntimeClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiNodeV1RuntimeClass.js";
import { validate as IoK8sApiPolicyV1Eviction } from "../vendor/kubernetes-models/_schemas/IoK8sApiPolicyV1Eviction.js";
import { validate as IoK8sApiPolicyV1PodDisruptionBudget } from "../vendor/kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget.js";
import { validate as IoK8sApiRbacV1ClusterRole } from "../vendor/kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole.js";
import { validate as IoK8sApiRbacV1ClusterRoleBinding } from "../vendor/kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding.js";
import { validate as IoK8sApiRbacV1Role } from "../vendor/kubernetes-models/_schemas/IoK8sApiRbacV1Role.js";
import { validate as IoK8sApiRbacV1RoleBinding } from "../vendor/kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding.js";
import { validate as IoK8sApiResourceV1DeviceClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiResourceV1DeviceClass.js";
import { validate as IoK8sApiResourceV1ResourceClaim } from "../vendor/kubernetes-models/_schemas/IoK8sApiResourceV1ResourceClaim.js";
import { validate as IoK8sApiResourceV1ResourceClaimTemplate } from "../vendor/kubernetes-models/_schemas/IoK8sApiResourceV1ResourceClaimTemplate.js";
import { validate as IoK8sApiResourceV1ResourceSlice } from "../vendor/kubernetes-models/_schemas/IoK8sApiResourceV1ResourceSlice.js";
import { validate as IoK8sApiSchedulingV1PriorityClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiSchedulingV1PriorityClass.js";
import { validate as IoK8sApiStorageV1CSIDriver } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1CSIDriver.js";
import { validate as IoK8sApiStorageV1CSINode } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1CSINode.js";
import { validate as IoK8sApiStorageV1CSIStorageCapacity } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1CSIStorageCapacity.js";
import { validate as IoK8sApiStorageV1StorageClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1StorageClass.js";
import { validate as IoK8sApiStorageV1VolumeAttachment } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1VolumeAttachment.js";
import { validate as IoK8sApiStorageV1VolumeAttributesClass } from "../vendor/kubernetes-models/_schemas/IoK8sApiStorageV1VolumeAttributesClass.js";
import { validate as IoK8sApiCoreV1Binding } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Binding.js";
import { validate as IoK8sApiCoreV1ComponentStatus } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1ComponentStatus.js";
import { validate as IoK8sApiCoreV1ConfigMap } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap.js";
import { validate as IoK8sApiCoreV1Endpoints } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Endpoints.js";
import { validate as IoK8sApiCoreV1Event } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Event.js";
import { validate as IoK8sApiCoreV1LimitRange } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1LimitRange.js";
import { validate as IoK8sApiCoreV1Namespace } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Namespace.js";
import { validate as IoK8sApiCoreV1Node } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Node.js";
import { validate as IoK8sApiCoreV1PersistentVolume } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolume.js";
import { validate as IoK8sApiCoreV1PersistentVolumeClaim } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim.js";
import { validate as IoK8sApiCoreV1Pod } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Pod.js";
import { validate as IoK8sApiCoreV1PodTemplate } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1PodTemplate.js";
import { validate as IoK8sApiCoreV1ReplicationController } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1ReplicationController.js";
import { validate as IoK8sApiCoreV1ResourceQuota } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceQuota.js";
import { validate as IoK8sApiCoreV1Secret } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Secret.js";
import { validate as IoK8sApiCoreV1Service } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1Service.js";
import { validate as IoK8sApiCoreV1ServiceAccount } from "../vendor/kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount.js";
var SCHEMA_VALIDATORS = {
  "admissionregistration.k8s.io/v1": {
    MutatingAdmissionPolicy: IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicy,
    MutatingAdmissionPolicyBinding: IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicyBinding,
    MutatingWebhookConfiguration: IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration,
    ValidatingAdmissionPolicy: IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicy,
    ValidatingAdmissionPolicyBinding: IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicyBinding,
    ValidatingWebhookConfiguration: IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration
  },
  "apiextensions.k8s.io/v1": {
    CustomResourceDefinition: IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition
  },
  "apiregistration.k8s.io/v1": {
    APIService: IoK8sKubeAggregatorPkgApisApiregistrationV1APIService
  },
  "apps/v1": {
    ControllerRevision: IoK8sApiAppsV1ControllerRevision,
    DaemonSet: IoK8sApiAppsV1DaemonSet,
    Deployment: IoK8sApiAppsV1Deployment,
    ReplicaSet: IoK8sApiAppsV1ReplicaSet,
    StatefulSet: IoK8sApiAppsV1StatefulSet
  },
  "authentication.k8s.io/v1": {
    SelfSubjectReview: IoK8sApiAuthenticationV1SelfSubjectReview,
    TokenRequest: IoK8sApiAuthenticationV1TokenRequest,
    TokenReview: IoK8sApiAuthenticationV1TokenReview
  },
  "authorization.k8s.io/v1": {
    LocalSubjectAccessReview: IoK8sApiAuthorizationV1LocalSubjectAccessReview,
    SelfSubjectAccessReview: IoK8sApiAuthorizationV1SelfSubjectAccessReview,
    SelfSubjectRulesReview: IoK8sApiAuthorizationV1SelfSubjectRulesReview,
    SubjectAccessReview: IoK8sApiAuthorizationV1SubjectAccessReview
  },
  "autoscaling/v1": {
    HorizontalPodAutoscaler: IoK8sApiAutoscalingV1HorizontalPodAutoscaler,
    Scale: IoK8sApiAutoscalingV1Scale
  },
  "autoscaling/v2": {
    HorizontalPodAutoscaler: IoK8sApiAutoscalingV2HorizontalPodAutoscaler
  },
  "batch/v1": {
    CronJob: IoK8sApiBatchV1CronJob,
    Job: IoK8sApiBatchV1Job
  },
  "certificates.k8s.io/v1": {
    CertificateSigningRequest: IoK8sApiCertificatesV1CertificateSigningRequest
  },
  "coordination.k8s.io/v1": {
    Lease: IoK8sApiCoordinationV1Lease
  },
  "discovery.k8s.io/v1": {
    EndpointSlice: IoK8sApiDiscoveryV1EndpointSlice
  },
  "events.k8s.io/v1": {
    Event: IoK8sApiEventsV1Event
  },
  "flowcontrol.apiserver.k8s.io/v1": {
    FlowSchema: IoK8sApiFlowcontrolV1FlowSchema,
    PriorityLevelConfiguration: IoK8sApiFlowcontrolV1PriorityLevelConfiguration
  },
  "networking.k8s.io/v1": {
    IPAddress: IoK8sApiNetworkingV1IPAddress,
    Ingress: IoK8sApiNetworkingV1Ingress,
    IngressClass: IoK8sApiNetworkingV1IngressClass,
    NetworkPolicy: IoK8sApiNetworkingV1NetworkPolicy,
    ServiceCIDR: IoK8sApiNetworkingV1ServiceCIDR
  },
  "node.k8s.io/v1": {
    RuntimeClass: IoK8sApiNodeV1RuntimeClass
  },
  "policy/v1": {
    Eviction: IoK8sApiPolicyV1Eviction,
    PodDisruptionBudget: IoK8sApiPolicyV1PodDisruptionBudget
  },
  "rbac.authorization.k8s.io/v1": {
    ClusterRole: IoK8sApiRbacV1ClusterRole,
    ClusterRoleBinding: IoK8sApiRbacV1ClusterRoleBinding,
    Role: IoK8sApiRbacV1Role,
    RoleBinding: IoK8sApiRbacV1RoleBinding
  },
  "resource.k8s.io/v1": {
    DeviceClass: IoK8sApiResourceV1DeviceClass,
    ResourceClaim: IoK8sApiResourceV1ResourceClaim,
    ResourceClaimTemplate: IoK8sApiResourceV1ResourceClaimTemplate,
    ResourceSlice: IoK8sApiResourceV1ResourceSlice
  },
  "scheduling.k8s.io/v1": {
    PriorityClass: IoK8sApiSchedulingV1PriorityClass
  },
  "storage.k8s.io/v1": {
    CSIDriver: IoK8sApiStorageV1CSIDriver,
    CSINode: IoK8sApiStorageV1CSINode,
    CSIStorageCapacity: IoK8sApiStorageV1CSIStorageCapacity,
    StorageClass: IoK8sApiStorageV1StorageClass,
    VolumeAttachment: IoK8sApiStorageV1VolumeAttachment,
    VolumeAttributesClass: IoK8sApiStorageV1VolumeAttributesClass
  },
  v1: {
    Binding: IoK8sApiCoreV1Binding,
    ComponentStatus: IoK8sApiCoreV1ComponentStatus,
    ConfigMap: IoK8sApiCoreV1ConfigMap,
    Endpoints: IoK8sApiCoreV1Endpoints,
    Event: IoK8sApiCoreV1Event,
    LimitRange: IoK8sApiCoreV1LimitRange,
    Namespace: IoK8sApiCoreV1Namespace,
    Node: IoK8sApiCoreV1Node,
    PersistentVolume: IoK8sApiCoreV1PersistentVolume,
    PersistentVolumeClaim: IoK8sApiCoreV1PersistentVolumeClaim,
    Pod: IoK8sApiCoreV1Pod,
    PodTemplate: IoK8sApiCoreV1PodTemplate,
    ReplicationController: IoK8sApiCoreV1ReplicationController,
    ResourceQuota: IoK8sApiCoreV1ResourceQuota,
    Secret: IoK8sApiCoreV1Secret,
    Service: IoK8sApiCoreV1Service,
    ServiceAccount: IoK8sApiCoreV1ServiceAccount
  }
};

// src/manifests/schema/removed.ts
var INGRESS_NOTE = "the spec changed too: backend.serviceName/servicePort became backend.service.name/port.number (or port.name), and every path needs a pathType";
function all(kinds, removed) {
  return Object.fromEntries(kinds.map((kind) => [kind, removed]));
}
var APPS_WORKLOADS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ControllerRevision"];
var REMOVED_APIS = {
  "extensions/v1beta1": {
    ...all(["Deployment", "DaemonSet", "ReplicaSet"], {
      removedIn: "1.16",
      use: "apps/v1",
      note: "apps/v1 requires spec.selector, and it must match the template labels"
    }),
    NetworkPolicy: { removedIn: "1.16", use: "networking.k8s.io/v1" },
    PodSecurityPolicy: {
      removedIn: "1.16",
      use: "",
      note: "PodSecurityPolicy is gone since 1.25: use Pod Security Admission (pod-security.kubernetes.io/* namespace labels)"
    },
    Ingress: { removedIn: "1.22", use: "networking.k8s.io/v1", note: INGRESS_NOTE }
  },
  "apps/v1beta1": all(APPS_WORKLOADS, {
    removedIn: "1.16",
    use: "apps/v1",
    note: "apps/v1 requires spec.selector, and it must match the template labels"
  }),
  "apps/v1beta2": all(APPS_WORKLOADS, {
    removedIn: "1.16",
    use: "apps/v1",
    note: "apps/v1 requires spec.selector, and it must match the template labels"
  }),
  "networking.k8s.io/v1beta1": {
    Ingress: { removedIn: "1.22", use: "networking.k8s.io/v1", note: INGRESS_NOTE },
    IngressClass: { removedIn: "1.22", use: "networking.k8s.io/v1" }
  },
  "admissionregistration.k8s.io/v1beta1": all(
    ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
    {
      removedIn: "1.22",
      use: "admissionregistration.k8s.io/v1",
      note: "v1 requires webhooks[].sideEffects and webhooks[].admissionReviewVersions"
    }
  ),
  "apiextensions.k8s.io/v1beta1": {
    CustomResourceDefinition: {
      removedIn: "1.22",
      use: "apiextensions.k8s.io/v1",
      note: "v1 needs a structural schema per version (spec.versions[].schema.openAPIV3Schema)"
    }
  },
  "apiregistration.k8s.io/v1beta1": { APIService: { removedIn: "1.22", use: "apiregistration.k8s.io/v1" } },
  "authentication.k8s.io/v1beta1": { TokenReview: { removedIn: "1.22", use: "authentication.k8s.io/v1" } },
  "authorization.k8s.io/v1beta1": all(
    ["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"],
    { removedIn: "1.22", use: "authorization.k8s.io/v1" }
  ),
  "certificates.k8s.io/v1beta1": {
    CertificateSigningRequest: {
      removedIn: "1.22",
      use: "certificates.k8s.io/v1",
      note: "v1 requires spec.signerName"
    }
  },
  "coordination.k8s.io/v1beta1": { Lease: { removedIn: "1.22", use: "coordination.k8s.io/v1" } },
  "rbac.authorization.k8s.io/v1beta1": all(["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], {
    removedIn: "1.22",
    use: "rbac.authorization.k8s.io/v1"
  }),
  "scheduling.k8s.io/v1beta1": { PriorityClass: { removedIn: "1.22", use: "scheduling.k8s.io/v1" } },
  "storage.k8s.io/v1beta1": {
    ...all(["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], {
      removedIn: "1.22",
      use: "storage.k8s.io/v1"
    }),
    CSIStorageCapacity: { removedIn: "1.27", use: "storage.k8s.io/v1" }
  },
  "batch/v1beta1": { CronJob: { removedIn: "1.25", use: "batch/v1" } },
  "batch/v2alpha1": { CronJob: { removedIn: "1.21", use: "batch/v1" } },
  "discovery.k8s.io/v1beta1": {
    EndpointSlice: {
      removedIn: "1.25",
      use: "discovery.k8s.io/v1",
      note: "topology became endpoints[].zone / nodeName / hints"
    }
  },
  "events.k8s.io/v1beta1": { Event: { removedIn: "1.25", use: "events.k8s.io/v1" } },
  "autoscaling/v2beta1": {
    HorizontalPodAutoscaler: {
      removedIn: "1.25",
      use: "autoscaling/v2",
      note: "metric targets moved under target (type, averageUtilization, averageValue, value)"
    }
  },
  "autoscaling/v2beta2": { HorizontalPodAutoscaler: { removedIn: "1.26", use: "autoscaling/v2" } },
  "policy/v1beta1": {
    PodDisruptionBudget: {
      removedIn: "1.25",
      use: "policy/v1",
      note: "in policy/v1 an empty spec.selector selects every pod of the namespace"
    },
    PodSecurityPolicy: {
      removedIn: "1.25",
      use: "",
      note: "use Pod Security Admission (pod-security.kubernetes.io/* namespace labels)"
    }
  },
  "node.k8s.io/v1beta1": { RuntimeClass: { removedIn: "1.25", use: "node.k8s.io/v1" } },
  "flowcontrol.apiserver.k8s.io/v1beta1": all(["FlowSchema", "PriorityLevelConfiguration"], {
    removedIn: "1.26",
    use: "flowcontrol.apiserver.k8s.io/v1"
  }),
  "flowcontrol.apiserver.k8s.io/v1beta2": all(["FlowSchema", "PriorityLevelConfiguration"], {
    removedIn: "1.29",
    use: "flowcontrol.apiserver.k8s.io/v1"
  }),
  "flowcontrol.apiserver.k8s.io/v1beta3": all(["FlowSchema", "PriorityLevelConfiguration"], {
    removedIn: "1.32",
    use: "flowcontrol.apiserver.k8s.io/v1"
  })
};

// src/manifests/schema.ts
var MAX_FINDINGS_PER_RESOURCE = 20;
var BUILD_FILE_GROUPS = /* @__PURE__ */ new Set(["kustomize.config.k8s.io"]);
function validateSchema(resource) {
  if (BUILD_FILE_GROUPS.has(groupOf(resource.apiVersion))) return [];
  const problems = checkResource(resource);
  return problems.slice(0, MAX_FINDINGS_PER_RESOURCE).map((problem) => {
    const meta = problem.skipped ? rule.meta : rule2.meta;
    const { line, column } = resource.positionOf(problem.path);
    return {
      ruleId: meta.id,
      severity: meta.severity,
      file: resource.file,
      line,
      column,
      resource: resource.id,
      message: problem.message,
      hint: problem.hint
    };
  });
}
function checkResource(resource) {
  const { apiVersion, kind } = resource;
  const removed = REMOVED_APIS[apiVersion]?.[kind];
  if (removed) return [removedApi(resource, removed)];
  const validate = SCHEMA_VALIDATORS[apiVersion]?.[kind];
  if (!validate) return [unknownType(resource)];
  const problems = [
    ...describeErrors(resource, validated(validate, resource)),
    ...unknownFields(resource, validate)
  ];
  const metadata = isRecord(resource.object.metadata) ? resource.object.metadata : void 0;
  if (!metadata?.name && !metadata?.generateName) {
    problems.push({
      path: ["metadata"],
      message: `${kind} has no metadata.name`,
      hint: "add metadata.name: a lowercase DNS name such as web-api (or metadata.generateName for Jobs made per run)"
    });
  }
  return problems;
}
function removedApi(resource, removed) {
  const { apiVersion, kind } = resource;
  const message = `${kind} ${apiVersion} was removed in Kubernetes ${removed.removedIn}: the API server rejects it`;
  const note = removed.note ? ` (${removed.note})` : "";
  return {
    path: ["apiVersion"],
    message,
    hint: removed.use ? `use apiVersion: ${removed.use}${note}` : `${kind} has no replacement API${note}`
  };
}
var SERVED_AT = /* @__PURE__ */ new Map();
var BUILT_IN_GROUPS = /* @__PURE__ */ new Set();
for (const apiVersion of [...Object.keys(SCHEMA_VALIDATORS), ...Object.keys(REMOVED_APIS)]) {
  BUILT_IN_GROUPS.add(groupOf(apiVersion));
}
for (const [apiVersion, kinds] of Object.entries(SCHEMA_VALIDATORS)) {
  for (const kind of Object.keys(kinds)) SERVED_AT.set(kind, [...SERVED_AT.get(kind) ?? [], apiVersion]);
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function unknownType(resource) {
  const { apiVersion, kind } = resource;
  const group = groupOf(apiVersion);
  const version = apiVersion.slice(group ? group.length + 1 : 0);
  const servedAt = SERVED_AT.get(kind) ?? [];
  const atApiVersion = ["apiVersion"];
  if (!BUILT_IN_GROUPS.has(group)) {
    return {
      path: ["kind"],
      skipped: true,
      message: `no schema for ${apiVersion} ${kind} (a custom resource): not validated`,
      hint: "custom resources are not checked against their CRD schema; references to and from them still are"
    };
  }
  const kindsOfVersion = SCHEMA_VALIDATORS[apiVersion];
  if (kindsOfVersion) {
    if (servedAt.length > 0) {
      return {
        path: atApiVersion,
        message: `${apiVersion} has no kind ${kind}: ${kind} is served as ${servedAt.join(" or ")}`,
        hint: `set apiVersion: ${servedAt[0]}`
      };
    }
    const suggestion = closest(kind, Object.keys(kindsOfVersion));
    return {
      path: ["kind"],
      message: `${apiVersion} has no kind ${kind}`,
      hint: suggestion ? `did you mean kind: ${suggestion}?` : `${apiVersion} serves ${Object.keys(kindsOfVersion).join(", ")}`
    };
  }
  if (/(alpha|beta)\d*$/.test(version)) {
    return {
      path: atApiVersion,
      skipped: true,
      message: `no schema for ${apiVersion} ${kind} (a pre-release API): not validated`,
      hint: servedAt.length > 0 ? `${kind} is also served as ${servedAt.join(" or ")}, which is validated` : "pre-release APIs must be enabled on the cluster (feature gates, --runtime-config)"
    };
  }
  return {
    path: atApiVersion,
    message: `apiVersion ${apiVersion} does not exist`,
    hint: servedAt.length > 0 ? `set apiVersion: ${servedAt[0]} (where ${kind} is served)` : `the ${group || "core"} API group has no version ${version}`
  };
}
function validated(validate, resource) {
  validate(resource.object);
  return validate.errors ?? [];
}
var SHAPES = /* @__PURE__ */ new Map();
function unknownFields(resource, validate) {
  const typeKey = `${resource.apiVersion}/${resource.kind}`;
  let shapes = SHAPES.get(typeKey);
  if (!shapes) SHAPES.set(typeKey, shapes = /* @__PURE__ */ new Map());
  const known = checkAgainstShapes(resource, shapes);
  if (known) return known;
  const run = validateRecording(validate, resource.object);
  if (run.errors.length === 0) learnShapes(resource.object, run, shapes);
  return unknownFieldsOfRun(resource, run);
}
function validateRecording(validate, object) {
  const readKeys = /* @__PURE__ */ new Map();
  const enumerated = /* @__PURE__ */ new Set();
  const proxies = /* @__PURE__ */ new Map();
  const wrap = (value) => {
    if (value === null || typeof value !== "object") return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, Array.isArray(value) ? arrayHandler : objectHandler);
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const objectHandler = {
    get(target, key) {
      if (typeof key === "string") {
        let keys = readKeys.get(target);
        if (!keys) readKeys.set(target, keys = /* @__PURE__ */ new Set());
        keys.add(key);
      }
      return wrap(Reflect.get(target, key));
    },
    ownKeys(target) {
      enumerated.add(target);
      return Reflect.ownKeys(target);
    }
  };
  const arrayHandler = {
    get: (target, key) => wrap(Reflect.get(target, key))
  };
  validate(wrap(object));
  return { errors: validate.errors ?? [], readKeys, enumerated };
}
function isUncheckedKnownKey(key) {
  return key === "description" || key.startsWith("x-kubernetes-");
}
var ANY_KEY = "*";
var placeOf = (parent, key) => `${parent}\0${typeof key === "number" ? ANY_KEY : key}`;
function learnShapes(object, run, shapes) {
  const stack = [[object, ""]];
  while (stack.length > 0) {
    const [node, place] = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, placeOf(place, 0)]);
      continue;
    }
    if (!isRecord(node)) continue;
    const read = run.readKeys.get(node);
    if (run.enumerated.has(node)) {
      shapes.set(place, "map");
      for (const value of Object.values(node)) stack.push([value, `${place}\0${ANY_KEY}`]);
    } else if (read) {
      shapes.set(place, read);
      for (const key of Object.keys(node)) if (read.has(key)) stack.push([node[key], placeOf(place, key)]);
    } else {
      shapes.set(place, "free");
    }
  }
}
function pathOfLink(link) {
  const path = [];
  for (let at = link; at; at = at.parent) path.push(at.key);
  return path.reverse();
}
function checkAgainstShapes(resource, shapes) {
  const problems = [];
  const stack = [[resource.object, "", void 0]];
  while (stack.length > 0) {
    const [node, place, link] = stack.pop();
    if (Array.isArray(node)) {
      const itemPlace = `${place}\0${ANY_KEY}`;
      for (let index = 0; index < node.length; index++) {
        const item = node[index];
        if (item !== null && typeof item === "object")
          stack.push([item, itemPlace, { parent: link, key: index }]);
      }
      continue;
    }
    if (!isRecord(node)) continue;
    const shape = shapes.get(place);
    if (shape === void 0) return void 0;
    if (shape === "free") continue;
    for (const key in node) {
      const value = node[key];
      if (shape === "map" || shape.has(key)) {
        if (value !== null && typeof value === "object") {
          stack.push([value, `${place}\0${shape === "map" ? ANY_KEY : key}`, { parent: link, key }]);
        }
      } else if (!isUncheckedKnownKey(key)) {
        problems.push(unknownField(resource, pathOfLink({ parent: link, key }), [...shape]));
      }
    }
  }
  return problems.reverse();
}
function unknownFieldsOfRun(resource, run) {
  const problems = [];
  const stack = [[resource.object, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push([item, [...path, index]]));
      continue;
    }
    if (!isRecord(node)) continue;
    const known = run.readKeys.get(node);
    if (!known) continue;
    for (const key of Object.keys(node)) {
      if (known.has(key)) {
        const value = node[key];
        if (value !== null && typeof value === "object") stack.push([value, [...path, key]]);
      } else if (!isUncheckedKnownKey(key)) {
        problems.push(unknownField(resource, [...path, key], [...known]));
      }
    }
  }
  return problems.reverse();
}
function unknownField(resource, path, knownKeys) {
  const key = String(path[path.length - 1]);
  const suggestion = closest(key, knownKeys);
  const where = path.length > 1 ? `${formatPath(path.slice(0, -1))} of a ${resource.kind}` : `a ${resource.kind}`;
  return {
    path,
    message: `unknown field ${formatPath(path)}: ${where} has no field "${key}"`,
    hint: suggestion ? `did you mean "${suggestion}"? kubectl's strict field validation rejects unknown fields; without it they are silently dropped` : `remove it or move it where it belongs; the fields here are ${knownKeys.sort().join(", ")}`
  };
}
function describeErrors(resource, errors) {
  const byPointer = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const group = byPointer.get(error.instancePath);
    if (group) group.push(error);
    else byPointer.set(error.instancePath, [error]);
  }
  const problems = [];
  for (const [pointer, group] of byPointer) {
    const path = pathOf(resource.object, pointer);
    const value = valueAt(resource.object, path);
    for (const error of group) {
      if (error.keyword === "required")
        problems.push(missing(resource, [...path, String(error.params.missingProperty)]));
    }
    if (value === null || value === void 0) continue;
    const rest = group.filter((error) => error.keyword !== "required");
    if (rest.length > 0) problems.push(wrongValue(path, value, rest));
  }
  return problems;
}
function missing(resource, path) {
  const field = formatPath(path);
  const parent = path.length > 1 ? formatPath(path.slice(0, -1)) : resource.kind;
  return {
    path,
    message: `${field} is required, and missing`,
    hint: `add ${String(path[path.length - 1])} under ${parent}`
  };
}
function wrongValue(path, value, errors) {
  const field = formatPath(path);
  const got = describeWritten(value);
  const enumError = errors.find((error2) => error2.keyword === "enum");
  if (enumError) {
    const allowed = enumError.params.allowedValues.map(String);
    const suggestion = closest(String(value), allowed);
    return {
      path,
      message: `${field} is ${got}; it must be one of ${allowed.join(", ")}`,
      hint: suggestion ? `write ${suggestion}${suggestion.toLowerCase() === String(value).toLowerCase() ? " (values are case-sensitive)" : ""}` : `use one of ${allowed.join(", ")}`
    };
  }
  const types = errors.filter((error2) => error2.keyword === "type").map((error2) => String(error2.params.type));
  const formats = errors.filter((error2) => error2.keyword === "format").map((error2) => String(error2.params.format));
  const alternatives = errors.some((error2) => error2.keyword === "oneOf" || error2.keyword === "anyOf");
  if (formats.includes("quantity")) {
    return {
      path,
      message: `${field} is ${got}, which is not a Kubernetes quantity`,
      hint: "write a number with an optional suffix: 500m, 0.5, 128Mi, 1Gi, 2G (binary suffixes end in i: Ki, Mi, Gi)"
    };
  }
  if (alternatives && types.includes("integer") && types.includes("string")) {
    return {
      path,
      message: `${field} is ${got}; it must be a whole number or a string (a port name, a percentage)`,
      hint: typeof value === "number" ? `write a whole number, such as ${Math.round(value)}` : "write a number or a name"
    };
  }
  if (types.length > 0) return wrongType(path, value, types[0]);
  const format = formats[0];
  if (format) return wrongFormat(path, value, format);
  const error = errors[0];
  return {
    path,
    message: `${field} is ${got}, which the schema rejects (${error.keyword} ${JSON.stringify(error.params)})`,
    hint: `fix ${field} as the Kubernetes API reference describes it`
  };
}
var TYPE_NAMES = {
  integer: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list"
};
function wrongType(path, value, type) {
  const field = formatPath(path);
  const expected = TYPE_NAMES[type] ?? type;
  const message = `${field} is ${describeWritten(value)}; it must be ${expected}`;
  const key = String(path[path.length - 1]);
  let hint = `write ${field} as ${expected}`;
  if (type === "string" && typeof value === "number") {
    hint = isRoundedInteger(value) ? `quote it, digits exactly as written: ${key}: "..." (unquoted, YAML reads it as a number)` : `quote it: ${key}: "${String(value)}" (unquoted, YAML reads it as a number)`;
  } else if (type === "string" && typeof value === "boolean") {
    hint = `quote the value: unquoted true, false, yes, no, on and off are booleans to kubectl`;
  } else if ((type === "integer" || type === "number") && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) {
    hint = `write it without quotes: ${key}: ${value.trim()}`;
  } else if (type === "array" && isRecord(value)) {
    hint = `make it a list: put "- " before the first key of each entry under ${key}`;
  } else if (type === "object" && typeof value !== "object") {
    hint = `${key} takes nested fields; check the indentation of the lines below it`;
  }
  return { path, message, hint };
}
function wrongFormat(path, value, format) {
  const field = formatPath(path);
  const got = describeWritten(value);
  switch (format) {
    case "byte":
      return {
        path,
        message: `${field} is not base64`,
        hint: "Secret data values are base64-encoded: put the plain text under stringData instead, or encode it (printf %s value | base64)"
      };
    case "int32":
    case "int64":
      return {
        path,
        message: `${field} is ${got}, outside the ${format === "int32" ? "32" : "64"}-bit integer range`,
        hint: `write a smaller number`
      };
    case "date-time":
      return {
        path,
        message: `${field} is ${got}, not an RFC 3339 time`,
        hint: "write a time like 2024-05-01T12:00:00Z"
      };
    default:
      return {
        path,
        message: `${field} is ${got}, not a valid ${format}`,
        hint: `write ${field} as a ${format}`
      };
  }
}
function pathOf(object, pointer) {
  const path = [];
  let node = object;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const step = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    node = Array.isArray(node) ? node[step] : isRecord(node) ? node[segment] : void 0;
  }
  return path;
}
function valueAt(object, path) {
  let node = object;
  for (const step of path) {
    node = Array.isArray(node) ? node[step] : isRecord(node) ? node[String(step)] : void 0;
  }
  return node;
}
var PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
function formatPath(path) {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (PLAIN_KEY.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
var isRoundedInteger = (value) => Number.isInteger(value) && !Number.isSafeInteger(value);
var UNSAFE_INTEGER = `an integer beyond 2^53 (${Number.MAX_SAFE_INTEGER}), too large to show exactly`;
function describeWritten(value) {
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${shown}" (a string)`;
  }
  if (typeof value === "number")
    return isRoundedInteger(value) ? `${UNSAFE_INTEGER} (a number)` : `${value} (a number)`;
  if (typeof value === "boolean") return `${value} (a boolean)`;
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a mapping";
  return String(value);
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best;
  let bestDistance = word.length <= 4 ? 1 : 2;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (distance < bestDistance || !best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  validateSchema,
  formatPath
};
//# sourceMappingURL=chunk-WFT2LZSY.js.map
