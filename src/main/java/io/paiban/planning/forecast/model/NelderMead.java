package io.paiban.planning.forecast.model;

import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimiser. The smoothing-model loss is cheap but not smooth enough in its
 * parameters for reliable finite-difference gradients, and there are only 3-4 parameters.
 */
final class NelderMead {

    private NelderMead() {
    }

    /** Minimises {@code f} starting from {@code start} with initial step {@code step} per coordinate. */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step,
                             int maxEvaluations, double relativeTolerance) {
        int dim = start.length;
        double[][] simplex = new double[dim + 1][];
        double[] value = new double[dim + 1];
        simplex[0] = start.clone();
        value[0] = f.applyAsDouble(simplex[0]);
        for (int i = 0; i < dim; i++) {
            double[] vertex = start.clone();
            vertex[i] += step;
            simplex[i + 1] = vertex;
            value[i + 1] = f.applyAsDouble(vertex);
        }
        int evaluations = dim + 1;
        while (evaluations < maxEvaluations) {
            sort(simplex, value);
            double best = value[0];
            double worst = value[dim];
            if (Math.abs(worst - best) <= relativeTolerance * (Math.abs(best) + 1e-12)) {
                break;
            }
            double[] centroid = new double[dim];
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    centroid[j] += simplex[i][j] / dim;
                }
            }
            double[] reflected = along(centroid, simplex[dim], -1.0);
            double reflectedValue = f.applyAsDouble(reflected);
            evaluations++;
            if (reflectedValue < value[0]) {
                double[] expanded = along(centroid, simplex[dim], -2.0);
                double expandedValue = f.applyAsDouble(expanded);
                evaluations++;
                if (expandedValue < reflectedValue) {
                    simplex[dim] = expanded;
                    value[dim] = expandedValue;
                } else {
                    simplex[dim] = reflected;
                    value[dim] = reflectedValue;
                }
            } else if (reflectedValue < value[dim - 1]) {
                simplex[dim] = reflected;
                value[dim] = reflectedValue;
            } else {
                boolean outside = reflectedValue < value[dim];
                double[] contracted = outside
                        ? along(centroid, simplex[dim], -0.5)
                        : along(centroid, simplex[dim], 0.5);
                double contractedValue = f.applyAsDouble(contracted);
                evaluations++;
                if (contractedValue < Math.min(reflectedValue, value[dim])) {
                    simplex[dim] = contracted;
                    value[dim] = contractedValue;
                } else {
                    for (int i = 1; i <= dim; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        value[i] = f.applyAsDouble(simplex[i]);
                    }
                    evaluations += dim;
                }
            }
        }
        sort(simplex, value);
        return simplex[0];
    }

    /** centroid + t * (point - centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = centroid[j] + t * (point[j] - centroid[j]);
        }
        return out;
    }

    private static void sort(double[][] simplex, double[] value) {
        for (int i = 1; i < value.length; i++) {
            double v = value[i];
            double[] p = simplex[i];
            int j = i - 1;
            while (j >= 0 && value[j] > v) {
                value[j + 1] = value[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            value[j + 1] = v;
            simplex[j + 1] = p;
        }
    }
}
