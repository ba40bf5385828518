"""The Members tab: the roster, its filters, the detail pane and member dialogs."""
