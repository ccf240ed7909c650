import { floatingTag, parseImageReference } from '../../k8s/images.js';
import type { Rule } from '../types.js';
import { containerImages } from './image-util.js';

export const rule: Rule = {
  meta: {
    id: 'image-latest-tag',
    severity: 'warning',
    kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
    description:
      'A container image has the tag latest, or no tag and no digest (which pulls latest); kube-linter calls this check latest-tag.',
    rationale:
      'A floating tag makes the release unreproducible: nodes that pull at different times run different code, a ' +
      'rollback to the same manifest does not bring the old code back, and the burn cannot be attributed to a release.',
    example: {
      bad: `apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout }] }
`,
      good: `apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout:1.4.2 }] }
`,
    },
  },
  check({ bundle, report }) {
    for (const { resource, path, container, image } of containerImages(bundle)) {
      const reference = parseImageReference(image);
      if (!reference || floatingTag(reference) !== 'latest') continue;
      report({
        resource,
        path,
        message: reference.tag
          ? `container "${container}" uses image "${image}": the tag latest follows whatever was pushed last`
          : `container "${container}" uses image "${image}" without a tag or digest, so the runtime pulls latest`,
        hint: `Pin the image to a version tag or a digest, e.g. ${reference.name}:<version> or ${reference.name}@sha256:<digest>.`,
      });
    }
  },
};
