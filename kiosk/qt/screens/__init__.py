"""The kiosk's screens: passive widgets that show what they are given and emit what the shopper
wants. Which screen is shown, and when, is decided by kiosk.core.flow."""
