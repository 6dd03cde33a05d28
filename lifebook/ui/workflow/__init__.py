"""Quality assurance in the window: sending for QA, the review and sign-off dialog,
marking as delivered, and the book's status in the editor."""
