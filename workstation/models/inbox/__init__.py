"""Qt models of the registration inbox: the received batches and a batch's items (lazy, paged)."""

from workstation.models.inbox.batch_table_model import InboxBatchTableModel
from workstation.models.inbox.fields import field_title
from workstation.models.inbox.item_table_model import InboxItemTableModel
from workstation.models.inbox.messages import message_text

__all__ = ["InboxBatchTableModel", "InboxItemTableModel", "field_title", "message_text"]
