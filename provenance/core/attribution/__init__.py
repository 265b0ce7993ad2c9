"""Attribution: find cues, their sources and content, and resolve sources to speakers."""
