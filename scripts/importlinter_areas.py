"""import-linter contract types of this project (loaded by scripts/test.sh through PYTHONPATH).

area_fronts: inside each container (a layer such as workstation.services) every sub-package is an
  area; code outside an area may import only the area's package (its front module), never a
  module inside it. Packages listed as `shared` (e.g. services.common) are libraries, imported directly.
area_graph: the areas of one container may depend on one another only along the edges written
  down (the same list is drawn in docs/architecture.md).
"""

from __future__ import annotations

from importlinter import Contract, ContractCheck, fields, output


def _area(module: str, container: str) -> str | None:
    if not module.startswith(container + "."):
        return None
    return container + "." + module[len(container) + 1:].split(".")[0]


class AreaFrontsContract(Contract):
    type_name = "area_fronts"
    containers = fields.ListField(subfield=fields.StringField())
    shared = fields.ListField(subfield=fields.StringField(), required=False)
    ignore_imports = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph, verbose: bool) -> ContractCheck:
        shared = set(self.shared or [])  # type: ignore[arg-type]
        ignored = {tuple(part.strip() for part in item.split("->")) for item in (self.ignore_imports or [])}
        broken = []
        for importer in sorted(graph.modules):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                for container in self.containers:  # type: ignore[attr-defined]
                    area = _area(imported, container)
                    if area is None or imported == area or area in shared or graph.is_module_squashed(area):
                        continue
                    if not _is_package(graph, area) or importer == area or importer.startswith(area + "."):
                        continue
                    if (importer, imported) not in ignored:
                        broken.append((importer, imported, area))
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, imported, area in check.metadata["broken"]:
            output.print_error(f"{importer} imports {imported}: use the front module {area}")


class AreaGraphContract(Contract):
    type_name = "area_graph"
    container = fields.StringField()
    dependencies = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        container = str(self.container)
        allowed = {tuple(part.strip() for part in edge.split("->")) for edge in self.dependencies}  # type: ignore[attr-defined]
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for importer in graph.modules:
            source = _area(importer, container)
            if source is None:
                continue
            for imported in graph.find_modules_directly_imported_by(importer):
                target = _area(imported, container)
                if target is None or target == source:
                    continue
                edge = (source.rsplit(".", 1)[1], target.rsplit(".", 1)[1])
                if edge not in allowed:
                    found.setdefault(edge, (importer, imported))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for (source, target), (importer, imported) in sorted(check.metadata["found"].items()):
            output.print_error(f"{source} -> {target} is not a written dependency ({importer} imports {imported})")


def _is_package(graph, module: str) -> bool:
    return any(child for child in graph.find_children(module))
