"""The registry area (机构名册): every nursery, searched, filtered and sorted."""

from .registry_page import RegistryPage

__all__ = ["RegistryPage"]
