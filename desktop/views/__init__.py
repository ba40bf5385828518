"""QunDesk's widgets and Qt item models; one module per tab, dialogs/ for dialogs."""
