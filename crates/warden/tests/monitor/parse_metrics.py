"""Parses a Prometheus text exposition from standard input with the prometheus_client
package's parser (the reference Python implementation) and prints, as JSON, each family's
type and samples. A line the parser refuses makes it exit non-zero."""

import json
import sys

from prometheus_client.parser import text_string_to_metric_families

families = {}
for family in text_string_to_metric_families(sys.stdin.read()):
    families[family.name] = {
        "type": family.type,
        "samples": [
            {"name": s.name, "labels": s.labels, "value": s.value} for s in family.samples
        ],
    }
print(json.dumps(families))
