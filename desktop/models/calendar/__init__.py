"""Events and series, attendance, .ics files and check-in pastes from the chat."""
