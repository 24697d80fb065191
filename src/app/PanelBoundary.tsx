// An error boundary per panel: if one panel fails (a bug, or its code failed to download), it
// shows what happened and a way to retry, and every other panel keeps working.
import { Component, type ReactNode } from 'react';

interface Props {
  /** The panel's name, for the message ("The chart could not be shown"). */
  name: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div role="alert" className="panel-error" data-testid="panel-error">
        <p>
          <strong>{this.props.name} could not be shown.</strong> The rest of the lab still works. (
          {error.message})
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
