"""The nursery's record (档案): summary, timeline, and the way into editing."""
