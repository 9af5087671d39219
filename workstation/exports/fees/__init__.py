"""Documents of the fees area: the public fee notice (收费公示表) and the fee history."""

from workstation.exports.fees.notice import write_fee_history, write_fee_notice

__all__ = ["write_fee_history", "write_fee_notice"]
